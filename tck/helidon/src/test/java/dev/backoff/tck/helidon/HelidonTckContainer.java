package dev.backoff.tck.helidon;

import dev.backoff.internal.cdi.BackoffExtension;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.Feature;
import dev.backoff.tck.spi.TckContainer;
import io.helidon.common.Version;
import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;

import java.util.List;
import java.util.Optional;

/**
 * Helidon MP's CDI container (its Weld fork) through the standard {@link SeContainerInitializer}, which Helidon
 * answers with its own initializer (allowed by {@code mp.initializer.allow=true}, set in the pom): discovery off, the
 * bean classes and backoff-cdi's portable extension. With discovery off, Weld loads no extension from
 * META-INF/services (so not Helidon's config injection either); Helidon adds its own two (ExecuteOn and its service
 * registry bridge) whatever the setting. Config is Helidon's own MicroProfile Config, not SmallRye's: it keeps one
 * Config per class loader across containers, but asks its sources on every lookup, so each start sees the
 * {@code TckConfig} of the moment (the environment cannot change within the JVM).
 */
public class HelidonTckContainer implements TckContainer {

    @Override
    public String name() {
        return "Helidon MP " + Version.VERSION + " (portable extension)";
    }

    @Override
    public Optional<String> unsupported(Feature feature) {
        if (feature == Feature.ANY_THROWABLE_THROUGH_INTERCEPTORS) {
            return Optional.of("its Weld wraps a Throwable that is neither an Exception nor an Error, thrown by an"
                    + " intercepted method, in a WeldException (Reflections.unwrapInvocationTargetException), with or"
                    + " without backoff-cdi; the library matches the wrapped throwable (not retried) and lets the"
                    + " wrapper through");
        }
        return Optional.empty();
    }

    @Override
    public Deployed start(List<Class<?>> beanClasses) {
        SeContainer container = SeContainerInitializer.newInstance()
                .disableDiscovery()
                .addBeanClasses(beanClasses.toArray(Class<?>[]::new))
                .addExtensions(new BackoffExtension())
                .initialize();
        return Deployed.of(container);
    }
}
