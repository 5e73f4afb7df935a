package dev.backoff.tck;

/** What some TCK tests need from a container beyond CDI Lite; a runner may declare one unsupported, with a reason. */
public enum Feature {

    /** Jakarta Concurrency: a {@code ManagedScheduledExecutorService} bean the extension should use for waits. */
    MANAGED_SCHEDULER_BEAN,
}
