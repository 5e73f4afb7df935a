package dev.backoff.tck.weld;

import dev.backoff.internal.cdi.BackoffExtension;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.Feature;
import dev.backoff.tck.spi.TckContainer;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import java.util.List;
import java.util.Optional;

/**
 * Weld SE with discovery off, the bean classes and backoff-cdi's portable extension; with the system property
 * {@code backoff.extension=lite}, the build-compatible extension instead (the second surefire execution).
 */
public class WeldTckContainer implements TckContainer {

    private static final boolean LITE = "lite".equals(System.getProperty("backoff.extension"));

    @Override
    public String name() {
        return "Weld " + WeldContainer.class.getPackage().getImplementationVersion()
                + (LITE ? " (build-compatible extension)" : " (portable extension)");
    }

    @Override
    public Optional<String> unsupported(Feature feature) {
        if (LITE && feature == Feature.DISCOVERY_MODE_ALL) {
            return Optional.of("a CDI Full container runs the portable extension, and only it meets archives with"
                    + " bean-discovery-mode all; the build-compatible extension on Weld is this runner's arrangement");
        }
        if (feature == Feature.ANY_THROWABLE_THROUGH_INTERCEPTORS) {
            return Optional.of("it wraps a Throwable that is neither an Exception nor an Error, thrown by an intercepted method, in a"
                    + " WeldException (Reflections.unwrapInvocationTargetException), with or without backoff-cdi; the"
                    + " library matches the wrapped throwable (not retried) and lets the wrapper through");
        }
        return Optional.empty();
    }

    @Override
    public Deployed start(List<Class<?>> beanClasses) {
        Weld weld = new Weld().disableDiscovery().addBeanClasses(beanClasses.toArray(Class<?>[]::new));
        WeldContainer container = (LITE ? weld.addBuildCompatibleExtensions(LiteOnWeld.class)
                : weld.addExtension(new BackoffExtension())).initialize();
        return Deployed.of(container);
    }
}
