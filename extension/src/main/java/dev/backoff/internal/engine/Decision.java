package dev.backoff.internal.engine;

import dev.backoff.event.GiveupReason;
import dev.backoff.internal.policy.Policy;

import java.util.concurrent.ThreadLocalRandom;

/** What follows a failed attempt (SPEC 2.4, 2.5), the same for the sync and the async loop. */
final class Decision {

    private static final long SECOND = 1_000_000_000L;

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

    /** What {@link #serverWait} returns when the server's delay is longer than the call may wait. */
    static final long TOO_LONG = -1;

    /**
     * SPEC 2.5: the wait for a server delay of {@code delay} nanoseconds: the delay plus a random extra of up to 10% of
     * it, at most one second, so that clients told the same HTTP-date do not all come back at once; cut to
     * {@code bound}, never below the delay. A delay beyond {@code bound} cannot be waited for: {@link #TOO_LONG}.
     */
    static long serverWait(long delay, long bound) {
        if (delay > bound) {
            return TOO_LONG;
        }
        long extra = (long) (ThreadLocalRandom.current().nextDouble() * Math.min(delay / 10, SECOND));
        return extra > bound - delay ? bound : delay + extra;
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
