package dev.backoff.spi;

import java.time.Duration;
import java.util.concurrent.Future;

/**
 * Runs the next attempt of an asynchronous retry after its wait, without holding a thread while it waits. The
 * default, a CDI bean, is one small timer per container that hands attempts to an executor; an
 * {@code @Alternative @Priority} bean replaces it, as {@link VirtualTime} does in tests. Must be thread-safe.
 */
public interface BackoffScheduler {

    /**
     * Runs {@code task} once, {@code wait} (never negative, possibly zero) from now.
     *
     * @return a future whose cancellation cancels the task if it has not started
     */
    Future<?> schedule(Runnable task, Duration wait);
}
