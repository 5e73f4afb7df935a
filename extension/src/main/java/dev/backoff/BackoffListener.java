package dev.backoff;

import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.SuccessEvent;

/**
 * Hears what a {@link Backoff} call does (Python's {@code on_backoff}, {@code on_giveup}, {@code on_success}).
 * Named by {@link Backoff#listeners()}; all methods are no-ops by default.
 *
 * <p>Listeners run on the thread that runs the retry loop, in declared order, before CDI observers of the same
 * event. An exception thrown by a listener ends the call at once: later listeners and observers do not run, no
 * further attempt is made, and the exception reaches the caller with the attempt's own exception, if any, added
 * as suppressed. That is how "throw a custom exception on give-up" is written. Must be thread-safe.
 */
public interface BackoffListener {

    /** After a failed attempt, before the wait {@link BackoffEvent#waitTime()}. */
    default void onBackoff(BackoffEvent event) {
    }

    /** When the call gives up, before the last exception is rethrown or the last value returned. */
    default void onGiveup(GiveupEvent event) {
    }

    /** When an attempt succeeds, before its value is returned. */
    default void onSuccess(SuccessEvent event) {
    }
}
