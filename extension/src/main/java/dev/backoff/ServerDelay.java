package dev.backoff;

import java.time.Duration;
import java.util.Optional;

/**
 * How long the server asked the client to wait before trying again, told by what a failed attempt produced: an
 * exception it threw (or a cause in that exception's chain), or a value it returned that {@code retryIf} counts as a
 * failure. Implement it on the exception or result type of an HTTP client that the library does not read itself, and
 * compute the delay with {@link RetryAfter} from the response's headers.
 *
 * <p>Called on the thread that runs the retry loop, once per failed attempt, and only while the library looks for a
 * server delay; an exception thrown here ends the call and reaches the caller, as from any other user code.
 */
public interface ServerDelay {

    /**
     * @return how long the server asked to wait, counted from the failed attempt; empty when it said nothing (then the
     *         library looks further, down the exception's causes and at the response headers it knows how to read,
     *         and otherwise waits as its strategy says). A negative duration counts as zero; {@code null} counts as
     *         empty.
     */
    Optional<Duration> serverDelay();
}
