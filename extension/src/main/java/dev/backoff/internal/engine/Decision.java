package dev.backoff.internal.engine;

import dev.backoff.internal.policy.Policy;

/** What follows a failed attempt (SPEC 2.4, 2.5), the same for the sync and the async loop. */
final class Decision {

    /** What {@link #nextWait} returns to give up. */
    static final long GIVE_UP = -1;

    private Decision() {
    }

    /**
     * Gives up ({@link #GIVE_UP}) when the giveup predicate says so, then on {@code maxTries}, then on {@code maxTime},
     * then when the sequence is used up or {@code waitFrom} returns null; otherwise returns the next wait in
     * nanoseconds: jittered, truncated to {@code maxTime - elapsed}, never negative. The sequence advances only here.
     */
    static long nextWait(Policy policy, Waits waits, Object value, Throwable failure, int tries, int maxTries,
                         long elapsed, long maxTime) {
        if ((failure != null && policy.giveup() != null && policy.giveup().test(failure))
                || tries == maxTries
                || (maxTime > 0 && elapsed >= maxTime)) {
            return GIVE_UP;
        }
        double next = waits.next(failure != null ? failure : value);
        return next == Waits.USED_UP ? GIVE_UP : truncate(next, maxTime, elapsed);
    }

    /** SPEC 2.5: {@code min(wait, maxTime - elapsed)}, never below zero, in whole nanoseconds. */
    static long truncate(double wait, long maxTime, long elapsed) {
        long nanos = (long) wait; // saturates at Long.MAX_VALUE
        if (maxTime > 0) {
            nanos = Math.min(nanos, maxTime - elapsed);
        }
        return Math.max(0, nanos);
    }
}
