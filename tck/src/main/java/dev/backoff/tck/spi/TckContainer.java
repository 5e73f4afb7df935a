package dev.backoff.tck.spi;

import dev.backoff.tck.Deployed;
import dev.backoff.tck.Feature;

import java.util.List;
import java.util.Optional;

/**
 * What a runner module provides, as the one {@code META-INF/services/dev.backoff.tck.spi.TckContainer} on its test
 * class path: how to start its container with a given set of bean classes.
 */
public interface TckContainer {

    /** The container and its version, as the compatibility table names it: "Weld 6.0.3 (portable extension)". */
    String name();

    /**
     * Starts a container of exactly these bean classes (discovery off) plus the backoff-cdi extension the way an
     * application of this container gets it, with MicroProfile Config reading the sources on the class path (the TCK's
     * {@link dev.backoff.tck.TckConfig} among them) and the environment.
     *
     * @throws RuntimeException the container's own deployment failure, as is or with it as a cause; the TCK looks
     *                          for {@code jakarta.enterprise.inject.spi.DeploymentException} in the cause chain
     */
    Deployed start(List<Class<?>> beanClasses);

    /**
     * Why this container cannot do what {@code feature} names, or empty when it can. A test that needs the feature
     * is then skipped with this reason, never passed silently.
     */
    default Optional<String> unsupported(Feature feature) {
        return Optional.empty();
    }

    /**
     * Why this container cannot run on this machine at all (a JDK it needs is missing), or empty when it can. Then
     * every test is recorded as not run, with this reason, and {@code tck/report} keeps the committed column of
     * {@code docs/compatibility.md} for this container instead of checking it; the build says it was not verified
     * here.
     */
    default Optional<String> notRunHere() {
        return Optional.empty();
    }
}
