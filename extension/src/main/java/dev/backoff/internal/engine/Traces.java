package dev.backoff.internal.engine;

import dev.backoff.event.GiveupReason;
import dev.backoff.internal.policy.Policy;

/**
 * Where calls record what they did in the application's traces (SPEC 4.4, 4.5): {@code OpenTelemetryTracing} where the
 * OpenTelemetry API is on the class path, else {@link #NONE}. The engine names no tracing API: only that class does,
 * and it is loaded only after a check that the API is there.
 */
public interface Traces {

    /** Records nothing: no tracing API on the class path. */
    Traces NONE = policy -> null;

    /**
     * Whether calls of {@code policy} record spans (SPEC 4.5): then their trace starts before the first attempt, so the
     * loops never make that attempt first, as they do when nothing needs the call's start.
     */
    default boolean spans(Policy policy) {
        return false;
    }

    /**
     * On the caller's thread, when the call starts, or, when nothing needed its start, after its first attempt failed:
     * the call's trace, or {@code null} when the call records nothing (SPEC 4.4: no recording span).
     */
    Trace start(Policy policy);

    /** What one call records. Its methods are called by one thread at a time, as the call's attempts are made. */
    interface Trace {

        /** Attempt {@code tries} is about to be made on this thread: what to close once it has been made, or null. */
        Scope attempt(int tries);

        /** The attempt made ended with {@code failure}, or without one. */
        void attempted(Throwable failure);

        /** SPEC 4.4: a backoff, as {@code Notifier.backoff} tells it. */
        void backoff(Policy policy, int tries, long waitNanos, boolean serverDirected, Throwable exception);

        /** SPEC 4.4: the give-up. */
        void giveup(Policy policy, int tries, GiveupReason reason);

        /** SPEC 4.4: the success, at try {@code tries}. */
        void success(Policy policy, int tries);

        /** The call ended, however it did: {@code thrown} when it ended by throwing, else {@code null}. */
        void end(int tries, Throwable thrown);
    }

    /** An attempt's span, current on this thread until closed. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
