package dev.backoff.tck.arc;

import dev.backoff.tck.Deployed;
import dev.backoff.tck.Feature;
import dev.backoff.tck.spi.TckContainer;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Quarkus ArC without Quarkus. {@link #start} builds the bean classes with ArC's bean processor and the
 * build-compatible extension ({@link ArcBuild}: what a Quarkus build does), then starts ArC and fires
 * {@link Startup}; {@link Deployed#close()} fires {@link Shutdown} and stops ArC. That is what a Quarkus application
 * does when it starts and stops (its ArcRecorder fires {@code StartupEvent} and {@code ShutdownEvent}, subclasses of
 * these; plain ArC fires neither). A failure while starting is wrapped as Quarkus wraps it ("Failed to start"), so
 * the extension's own {@code DeploymentException} is its cause.
 *
 * <p>Not done, unlike Quarkus: bytecode transformation of bean classes (they are loaded before the build), Quarkus'
 * own build steps and beans ({@code @ConfigProperty} injection, {@code @Startup}, ...), application.properties.
 */
public class ArcTckContainer implements TckContainer {

    /** Numbers the deployments, for their class loaders' names. */
    private static final AtomicInteger DEPLOYMENTS = new AtomicInteger();

    @Override
    public String name() {
        return "Quarkus ArC " + ArcContainer.class.getPackage().getImplementationVersion()
                + " (build-compatible extension)";
    }

    @Override
    public Deployed start(List<Class<?>> beanClasses) {
        if (Arc.container() != null) {
            throw new IllegalStateException("ArC is still running: an earlier TCK deployment was not closed");
        }
        String name = ArcBuild.DEPLOYMENT + "#" + DEPLOYMENTS.incrementAndGet();
        Thread thread = Thread.currentThread();
        ClassLoader application = thread.getContextClassLoader();

        // The build, with a config of its own, as a Quarkus build has (the extension validates annotations with it).
        ClassLoader buildLoader = new ClassLoader(name + "-build", application) {
        };
        ArcBuild.Output build;
        thread.setContextClassLoader(buildLoader);
        try {
            build = ArcBuild.build(beanClasses);
        } finally {
            releaseConfig(buildLoader);
            thread.setContextClassLoader(application);
        }

        // The start, with the runtime config.
        DeploymentClassLoader runtimeLoader = new DeploymentClassLoader(name, build, application);
        thread.setContextClassLoader(runtimeLoader);
        try {
            ArcContainer container = Arc.initialize();
            container.beanManager().getEvent().fire(new Startup());
            return new ArcDeployed(container, runtimeLoader, application);
        } catch (RuntimeException | Error e) {
            // as Quarkus: a failed start runs the shutdown tasks registered so far (ArC's, not the Shutdown event's)
            stop(runtimeLoader, application);
            throw new RuntimeException("Failed to start " + name() + " with " + beanClasses, e);
        }
    }

    @Override
    public Optional<String> unsupported(Feature feature) {
        return switch (feature) {
            case DISCOVERY_MODE_ALL -> Optional.of("Quarkus has no bean-discovery-mode all: ArC discovers only classes"
                    + " with a bean-defining annotation, in the library's jar as everywhere");
            default -> Optional.empty();
        };
    }

    private static void stop(ClassLoader runtimeLoader, ClassLoader application) {
        try {
            Arc.shutdown();
        } finally {
            releaseConfig(runtimeLoader);
            Thread.currentThread().setContextClassLoader(application);
        }
    }

    private static void releaseConfig(ClassLoader loader) {
        ConfigProviderResolver.instance().releaseConfig(ConfigProvider.getConfig(loader));
    }

    /** A started deployment. */
    private record ArcDeployed(ArcContainer container, ClassLoader runtimeLoader, ClassLoader application)
            implements Deployed {

        @Override
        public <T> T get(Class<T> type) {
            return container.select(type).get();
        }

        @Override
        public void close() {
            try {
                container.beanManager().getEvent().fire(new Shutdown());
            } finally {
                stop(runtimeLoader, application);
            }
        }
    }
}
