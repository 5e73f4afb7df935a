package dev.backoff.internal.engine;

import dev.backoff.internal.policy.WaitPlan;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The wait sequence of one call (SPEC 2.5, Python's {@code wait_gen} plus jitter): a small state object made at
 * the call's first failure, advanced once per retry. Times are nanoseconds.
 */
public final class Waits {

    /** What {@link #next(Object)} returns when the sequence is used up or {@code waitFrom} gave up. */
    public static final double GIVE_UP = -1;

    private final WaitPlan plan;
    private int n;
    private double fibA = 1;
    private double fibB = 1;
    private double first = Double.NaN;
    private double previous;

    public Waits(WaitPlan plan) {
        this.plan = plan;
    }

    /**
     * The next wait after the failed attempt's {@code outcome} (its value or exception), jittered, in nanoseconds;
     * or {@link #GIVE_UP}.
     */
    public double next(Object outcome) {
        double value = sequence(outcome);
        if (value < 0) {
            return GIVE_UP;
        }
        if (Double.isNaN(first)) {
            first = value;
            previous = value;
        }
        return jitter(value);
    }

    private double sequence(Object outcome) {
        return switch (plan.strategy()) {
            // factor 0 stays 0 past the point where base^n overflows (0 * infinity is NaN)
            case EXPO -> capped(plan.factor() == 0 ? 0 : plan.factor() * Math.pow(plan.base(), n));
            case FIBO -> fibonacci();
            case CONSTANT -> constant();
            case DECAY -> decay();
            case RUNTIME -> runtime(outcome);
        };
    }

    /** Python: {@code a < max_value} yields {@code a} and moves on; otherwise yields the cap and stays. */
    private double capped(double value) {
        if (plan.maxValue() == 0 || value < plan.maxValue()) {
            n++;
            return value;
        }
        return plan.maxValue();
    }

    private double fibonacci() {
        double value = fibA * plan.unitNanos();
        if (plan.maxValue() == 0 || value < plan.maxValue()) {
            double next = fibA + fibB;
            fibA = fibB;
            fibB = next;
            return value;
        }
        return plan.maxValue();
    }

    private double constant() {
        double[] interval = plan.interval();
        if (interval.length == 1) {
            return interval[0];
        }
        return n < interval.length ? interval[n++] : GIVE_UP;
    }

    private double decay() {
        // Math.pow(Math.E, x), not Math.exp(x): it matches Python's math.e ** x to the bit
        double value = plan.initialValue() * Math.pow(Math.E, -n * plan.decayFactor());
        if (value > plan.minValue()) {
            n++;
            return value;
        }
        return plan.minValue();
    }

    private double runtime(Object outcome) {
        Duration wait = plan.waitFrom().waitFor(outcome);
        if (wait == null) {
            return GIVE_UP;
        }
        return wait.isNegative() ? 0 : toNanos(wait);
    }

    private static double toNanos(Duration wait) {
        return wait.getSeconds() * 1e9 + wait.getNano();
    }

    private double jitter(double value) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return switch (plan.jitter()) {
            case FULL -> value * random.nextDouble();
            case EQUAL -> value / 2 + value / 2 * random.nextDouble();
            case RANDOM -> value + plan.unitNanos() * random.nextDouble();
            case NONE -> value;
            case DECORRELATED -> decorrelated(random);
        };
    }

    private double decorrelated(ThreadLocalRandom random) {
        double upper = Math.max(first, 3 * previous);
        double wait = first + (upper - first) * random.nextDouble();
        if (plan.maxValue() > 0) {
            wait = Math.min(plan.maxValue(), wait);
        }
        previous = wait;
        return wait;
    }
}
