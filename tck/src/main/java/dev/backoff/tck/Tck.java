package dev.backoff.tck;

import dev.backoff.tck.spi.TckContainer;
import jakarta.enterprise.inject.spi.DeploymentException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** What a TCK test uses to start containers, whatever the container is: the runner's {@link TckContainer}. */
public final class Tck {

    private static final TckContainer CONTAINER = load();

    private Tck() {
    }

    /** The runner's container. */
    public static TckContainer container() {
        return CONTAINER;
    }

    /** Starts a container of {@code beanClasses} with {@link TckVirtualTime}; close it with try-with-resources. */
    public static Deployed start(Class<?>... beanClasses) {
        List<Class<?>> beans = new ArrayList<>(Arrays.asList(beanClasses));
        beans.add(TckVirtualTime.class);
        return CONTAINER.start(beans);
    }

    /** Starts a container with the real clock and scheduler: for tests of the default scheduler and of shutdown. */
    public static Deployed startRealTime(Class<?>... beanClasses) {
        return CONTAINER.start(List.of(beanClasses));
    }

    /**
     * Starts a container that must fail to deploy, and returns the messages of the failure and its causes, one per
     * line.
     */
    public static String deploymentFailure(Class<?>... beanClasses) {
        try (Deployed deployed = start(beanClasses)) {
            return fail("%s deployed %s; a deployment failure was expected", CONTAINER.name(),
                    Arrays.toString(beanClasses));
        } catch (RuntimeException e) {
            StringBuilder messages = new StringBuilder();
            boolean deploymentException = false;
            for (Throwable t = e; t != null; t = t.getCause()) {
                deploymentException |= t instanceof DeploymentException;
                messages.append(t.getMessage()).append('\n');
            }
            assertThat(deploymentException).as("a DeploymentException in the cause chain of %s", e).isTrue();
            return messages.toString();
        }
    }

    /** Skips the calling test, with the runner's reason, when the container cannot do what {@code feature} names. */
    public static void requires(Feature feature) {
        Optional<String> reason = CONTAINER.unsupported(feature);
        if (reason.isPresent()) {
            throw new Unsupported(feature, reason.get());
        }
    }

    private static TckContainer load() {
        List<TckContainer> found = ServiceLoader.load(TckContainer.class).stream().map(ServiceLoader.Provider::get)
                .toList();
        if (found.size() != 1) {
            throw new IllegalStateException("The TCK needs exactly one " + TckContainer.class.getName()
                    + " in META-INF/services on the test class path (a runner module provides it); found " + found);
        }
        return found.get(0);
    }
}
