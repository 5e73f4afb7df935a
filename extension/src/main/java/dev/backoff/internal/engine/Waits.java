package dev.backoff.internal.engine;

import dev.backoff.internal.policy.Policy;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The wait sequence of one call (SPEC 2.5, Python's {@code wait_gen} plus jitter): a small state object made at
 * the call's first failure, advanced once per retry. Times are nanoseconds.
 */
public final class Waits {

    /** What {@link #next(Object)} returns when the sequence is used up, or {@code waitFrom} returned {@code null}. */
    public static final double USED_UP = -1;

    private final Policy policy;
    /**
     * Where the jitter draws from: the drawing thread's own generator (a call's waits may be drawn on several
     * threads). The jitter's statistical tests and the jitter simulation pass a seeded one, so that every run draws
     * the same waits.
     */
    private final Supplier<? extends RandomGenerator> random;
    private int n;
    private double fibA = 1;
    private double fibB = 1;
    private double first = Double.NaN;
    private double previous;

    public Waits(Policy policy) {
        this(policy, ThreadLocalRandom::current);
    }

    /** A sequence whose jitter draws from {@code random}'s generator. */
    public Waits(Policy policy, Supplier<? extends RandomGenerator> random) {
        this.policy = policy;
        this.random = random;
    }

    /**
     * The next wait after the failed attempt's {@code outcome} (its value or exception), jittered, in nanoseconds;
     * or {@link #USED_UP}.
     */
    public double next(Object outcome) {
        double value = sequence(outcome);
        if (value < 0) {
            return USED_UP;
        }
        if (Double.isNaN(first)) {
            first = value;
            previous = value;
        }
        return jitter(value);
    }

    private double sequence(Object outcome) {
        return switch (policy.strategy()) {
            // factor 0 stays 0 past the point where base^n overflows (0 * infinity is NaN)
            case EXPO -> capped(policy.factor() == 0 ? 0 : policy.factor() * Math.pow(policy.base(), n));
            case FIBO -> fibonacci();
            case CONSTANT -> constant();
            case DECAY -> decay();
            case RUNTIME -> runtime(outcome);
        };
    }

    /** Python: {@code a < max_value} yields {@code a} and moves on; otherwise yields the cap and stays. */
    private double capped(double value) {
        if (policy.maxValue() == 0 || value < policy.maxValue()) {
            n++;
            return value;
        }
        return policy.maxValue();
    }

    private double fibonacci() {
        double value = fibA * policy.unitNanos();
        if (policy.maxValue() == 0 || value < policy.maxValue()) {
            double next = fibA + fibB;
            fibA = fibB;
            fibB = next;
            return value;
        }
        return policy.maxValue();
    }

    private double constant() {
        double[] interval = policy.interval();
        if (interval.length == 1) {
            return interval[0];
        }
        return n < interval.length ? interval[n++] : USED_UP;
    }

    private double decay() {
        // Math.pow(Math.E, x), not Math.exp(x): it matches Python's math.e ** x to the bit
        double value = policy.initialValue() * Math.pow(Math.E, -n * policy.decayFactor());
        if (value > policy.minValue()) {
            n++;
            return value;
        }
        return policy.minValue();
    }

    private double runtime(Object outcome) {
        Duration wait = policy.waitFrom().waitFor(outcome);
        if (wait == null) {
            return USED_UP;
        }
        return wait.isNegative() ? 0 : toNanos(wait);
    }

    private static double toNanos(Duration wait) {
        return wait.getSeconds() * 1e9 + wait.getNano();
    }

    private double jitter(double value) {
        RandomGenerator random = this.random.get();
        return switch (policy.jitter()) {
            case FULL -> value * random.nextDouble();
            case EQUAL -> value / 2 + value / 2 * random.nextDouble();
            case RANDOM -> value + policy.unitNanos() * random.nextDouble();
            case NONE -> value;
            case DECORRELATED -> decorrelated(random);
        };
    }

    private double decorrelated(RandomGenerator random) {
        double upper = Math.max(first, 3 * previous);
        double wait = first + (upper - first) * random.nextDouble();
        if (policy.maxValue() > 0) {
            wait = Math.min(policy.maxValue(), wait);
        }
        previous = wait;
        return wait;
    }
}
