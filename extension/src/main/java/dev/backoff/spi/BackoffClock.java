package dev.backoff.spi;

import java.time.Duration;
import java.time.Instant;

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

    /**
     * The wall-clock time now, which a server's {@code Retry-After} HTTP-date, or a rate limit's reset time, is
     * counted from. The default is {@link Instant#now()}; {@code VirtualTime} moves it with its own clock.
     */
    default Instant instant() {
        return Instant.now();
    }
}
