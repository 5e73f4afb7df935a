package dev.backoff;

import java.time.Duration;

/**
 * Computes the wait after a failed attempt, for {@link Wait#RUNTIME} (Python's {@code backoff.runtime}), from
 * what the attempt produced: a server's {@code Retry-After}, a rate limiter's reset time.
 *
 * <p>Resolved once per annotated method: a CDI bean of the class if there is one, otherwise a new instance
 * made with its public no-argument constructor. It is called from many threads at once and must be thread-safe.
 * It is called only when a retry will happen, never for the failure that ends the call.
 */
@FunctionalInterface
public interface WaitFunction {

    /**
     * @param outcome the failed attempt's returned value (for a {@code retryIf} failure, possibly {@code null})
     *                or thrown exception
     * @return the wait before the next attempt, jittered like any other wait; a negative duration counts as
     *         zero; {@code null} gives up now. An exception thrown here ends the call and reaches the caller.
     */
    Duration waitFor(Object outcome);
}
