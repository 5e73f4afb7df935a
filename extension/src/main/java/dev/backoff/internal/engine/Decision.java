package dev.backoff.internal.engine;

import dev.backoff.event.GiveupReason;
import dev.backoff.internal.policy.Policy;

/** What follows a failed attempt (SPEC 2.4, 2.5), the same for the sync and the async loop. */
final class Decision {

    private Decision() {
    }

    /**
     * SPEC 2.4, the give-ups of the policy's own limits, in their order: the giveup predicate (exceptions only), then
     * {@code maxTries}, then {@code maxTime}.
     *
     * @return the first that holds, or {@code null}
     */
    static GiveupReason limitReached(Policy policy, Throwable failure, int tries, int maxTries, long elapsed,
                                     long maxTime) {
        if (failure != null && policy.giveup() != null && policy.giveup().test(failure)) {
            return GiveupReason.GIVEUP_PREDICATE;
        }
        if (tries == maxTries) {
            return GiveupReason.MAX_TRIES;
        }
        if (maxTime > 0 && elapsed >= maxTime) {
            return GiveupReason.MAX_TIME;
        }
        return null;
    }

    /** SPEC 2.4: why a wait sequence that has no next wait gives up. */
    static GiveupReason usedUp(Policy policy) {
        return policy.waitFrom() != null ? GiveupReason.WAIT_FROM_NULL : GiveupReason.WAITS_USED_UP;
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
