package dev.backoff.spi;

import java.time.Duration;

/**
 * The time source and the sleeper of synchronous retries. The default, a CDI bean, uses {@link System#nanoTime()}
 * and {@link Thread#sleep}; an {@code @Alternative @Priority} bean replaces it, as {@link VirtualTime} does in
 * tests. Called from many threads at once: implementations must be thread-safe.
 */
public interface BackoffClock {

    /** Monotonic time in nanoseconds, comparable only with other values of the same clock. */
    long nanoTime();

    /**
     * Waits {@code wait} (never negative, possibly zero) on the calling thread.
     *
     * @throws InterruptedException when the thread is interrupted while waiting; the retry loop then ends
     */
    void sleep(Duration wait) throws InterruptedException;
}
