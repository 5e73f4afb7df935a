package dev.backoff.tck.seed;

import dev.backoff.event.BackoffEvent;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks on waits that the seed tests share, the async ones among them. */
public final class WaitAssertions {

    private WaitAssertions() {
    }

    /** Full jitter of EXPO's defaults: exactly {@code count} waits, wait {@code i} (from 0) in {@code [0, 2^i)} seconds. */
    public static void assertFullJitterOfExpo(List<Duration> waits, int count) {
        assertFullJitter(waits, IntStream.range(0, count).mapToDouble(i -> 1L << i).toArray());
    }

    /** Durations from seconds, exactly (to the nanosecond). */
    static List<Duration> seconds(double... values) {
        return Arrays.stream(values).mapToObj(WaitAssertions::seconds).toList();
    }

    static Duration seconds(double value) {
        return Duration.ofNanos(Math.round(value * 1e9));
    }

    /**
     * Full jitter: wait {@code i} is in {@code [0, maxima[i])} seconds, and there are exactly as many waits. The
     * maximum itself is left out: full jitter multiplies it by a draw from {@code [0, 1)} and the library rounds down
     * to the nanosecond, so only a wait left un-jittered reaches it.
     */
    public static void assertFullJitter(List<Duration> waits, double... maxima) {
        assertThat(waits).hasSize(maxima.length);
        for (int i = 0; i < maxima.length; i++) {
            assertThat(waits.get(i)).as("wait %d", i + 1).isGreaterThanOrEqualTo(Duration.ZERO)
                    .isLessThan(seconds(maxima[i]));
        }
    }

    /**
     * Full jitter under a time limit: the wait after the {@code i}-th failure (from 0) is in
     * {@code [0, min(sequence(i), maxTime - elapsed)]}, {@code elapsed} being the start of that failed try.
     */
    static void assertFullJitterUnderMaxTime(List<BackoffEvent> backoffs, IntToDoubleFunction sequence,
                                             Duration maxTime) {
        for (int i = 0; i < backoffs.size(); i++) {
            BackoffEvent e = backoffs.get(i);
            Duration bound = min(seconds(sequence.applyAsDouble(i)), maxTime.minus(e.elapsed()));
            assertThat(e.waitTime()).as("wait %d (after the try that started at %s)", i + 1, e.elapsed())
                    .isBetween(Duration.ZERO, bound);
        }
    }

    /**
     * With {@code VirtualTime} and attempts that take no time, a try starts when the waits before it add up to:
     * each backoff's {@code elapsed} is the sum of the waits before it.
     */
    static void assertElapsedIsTheSumOfEarlierWaits(List<BackoffEvent> backoffs) {
        Duration sum = Duration.ZERO;
        for (BackoffEvent e : backoffs) {
            assertThat(e.elapsed()).as("elapsed at try %d", e.tries()).isEqualTo(sum);
            sum = sum.plus(e.waitTime());
        }
    }

    static Duration sum(List<Duration> waits) {
        return waits.stream().reduce(Duration.ZERO, Duration::plus);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
