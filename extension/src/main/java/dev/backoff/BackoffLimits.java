package dev.backoff;

import java.time.Duration;

/**
 * Limits read once at the start of every call, for limits that change while the application runs (Python's
 * callable {@code max_tries} and {@code max_time}). Named by {@link Backoff#limits()}; when present, it replaces
 * the annotation's and config's {@code maxTries} and {@code maxTime}.
 *
 * <p>Resolved once per annotated method: a CDI bean of the class if there is one (so it can inject a config
 * object), otherwise a new instance from its public no-argument constructor. Must be thread-safe.
 */
public interface BackoffLimits {

    /** Total calls, the first included; {@code 0} means no limit. Negative fails the call before its first attempt. */
    default int maxTries() {
        return 0;
    }

    /**
     * The time after which no new wait starts; {@link Duration#ZERO} means no limit. Negative or {@code null}
     * fails the call before its first attempt.
     */
    default Duration maxTime() {
        return Duration.ZERO;
    }
}
