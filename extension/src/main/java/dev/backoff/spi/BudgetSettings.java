package dev.backoff.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * The settings of one retry budget: over a sliding window of {@code window}, the retries allowed are
 * {@code minPerSecond × window (in seconds) + ratio × calls started in the window}.
 *
 * @param ratio        retries allowed per call started in the window, {@code >= 0}; zero: only the floor
 * @param minPerSecond the floor: retries allowed per second of the window even with no calls, {@code >= 0}; zero: only
 *                     the ratio. With both zero the budget never allows a retry.
 * @param window       how far back the budget counts, {@code > 0}, at most about 292 years (it is counted in
 *                     nanoseconds)
 * @throws IllegalArgumentException naming the setting and its value, when one is out of range
 */
public record BudgetSettings(double ratio, double minPerSecond, Duration window) {

    /** Windows are counted in nanoseconds, in a {@code long}. */
    private static final Duration LONGEST_WINDOW = Duration.ofNanos(Long.MAX_VALUE);

    /**
     * What a budget has when config sets none of its settings: ratio 0.2, 10 retries a second, a 10 s window. Declared
     * after {@code LONGEST_WINDOW}, which its constructor reads.
     */
    public static final BudgetSettings DEFAULTS = new BudgetSettings(0.2, 10, Duration.ofSeconds(10));

    public BudgetSettings {
        requireFiniteNonNegative("ratio", ratio);
        requireFiniteNonNegative("minPerSecond", minPerSecond);
        Objects.requireNonNull(window, "retry budget setting window");
        if (window.isNegative() || window.isZero() || window.compareTo(LONGEST_WINDOW) > 0) {
            throw outOfRange("window", String.valueOf(window), "a duration > 0, at most about 292 years");
        }
    }

    /** The window in nanoseconds. */
    public long windowNanos() {
        return window.toNanos();
    }

    /** {@code minPerSecond × window} in seconds: the retries allowed in a window with no calls at all. */
    public double minRetries() {
        return minPerSecond * windowNanos() / 1e9;
    }

    private static void requireFiniteNonNegative(String setting, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) { // !(>= 0) refuses NaN too
            throw outOfRange(setting, String.valueOf(value), "a finite number >= 0");
        }
    }

    private static IllegalArgumentException outOfRange(String setting, String value, String accepted) {
        return new IllegalArgumentException("retry budget setting " + setting + " = " + value
                + " is out of range; accepted: " + accepted);
    }
}
