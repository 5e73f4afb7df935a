package dev.backoff.internal.engine;

import dev.backoff.BackoffLimits;
import dev.backoff.internal.policy.Policy;

import java.time.Duration;

/** Reads a {@link BackoffLimits} at the start of a call, refusing what it cannot use before any attempt is made. */
final class Limits {

    private Limits() {
    }

    static int maxTries(Policy policy, BackoffLimits limits) {
        int maxTries = limits.maxTries();
        if (maxTries < 0) {
            throw bad(policy, limits, "maxTries()", String.valueOf(maxTries), "a whole number >= 0 (0: no limit)");
        }
        return maxTries;
    }

    static long maxTimeNanos(Policy policy, BackoffLimits limits) {
        Duration maxTime = limits.maxTime();
        if (maxTime == null || maxTime.isNegative()) {
            throw bad(policy, limits, "maxTime()", String.valueOf(maxTime), "a Duration >= 0 (ZERO: no limit)");
        }
        return saturatedNanos(maxTime);
    }

    static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    private static IllegalStateException bad(Policy policy, BackoffLimits limits, String what, String value,
                                             String accepted) {
        return new IllegalStateException(limits.getClass().getName() + "." + what + " returned " + value + " for "
                + policy.label() + ", before its first attempt; accepted: " + accepted);
    }
}
