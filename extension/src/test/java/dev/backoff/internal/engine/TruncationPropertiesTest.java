package dev.backoff.internal.engine;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Decision.truncate(wait, maxTime, elapsed)} is {@code min(wait, maxTime - elapsed)} in whole nanoseconds
 * (SPEC 2.5), never below zero, with no limit when {@code maxTime} is 0, and saturating at {@code Long.MAX_VALUE}
 * instead of overflowing. The expected value is computed exactly, in {@link BigInteger}.
 */
class TruncationPropertiesTest {

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    @Property
    void isTheWaitCutToTheTimeLeftClampedToLongRange(@ForAll("waits") double wait,
                                                     @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long maxTime,
                                                     @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long elapsed) {
        BigInteger expected = wholeNanos(wait);
        if (maxTime > 0) {
            expected = expected.min(BigInteger.valueOf(maxTime).subtract(BigInteger.valueOf(elapsed)));
        }
        expected = expected.max(BigInteger.ZERO).min(LONG_MAX);

        long truncated = Decision.truncate(wait, maxTime, elapsed);

        assertThat(truncated).isEqualTo(expected.longValueExact()).isNotNegative();
    }

    @Property
    void isNeverMoreThanTheTimeLeft(@ForAll("waits") double wait,
                                    @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long maxTime,
                                    @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long elapsed) {
        assertThat(Decision.truncate(wait, maxTime, elapsed)).isLessThanOrEqualTo(Math.max(0, maxTime - elapsed));
    }

    @Example
    void pythonExampleTheFourthWaitIsCutToTheTimeLeft() {
        // expo, max_time = 10 s, the fourth try starts at 8.5 s: min(8, 10 - 8.5) = 1.5 s (reference 7.3)
        assertThat(Decision.truncate(8e9, 10_000_000_000L, 8_500_000_000L)).isEqualTo(1_500_000_000L);
    }

    @Example
    void aHugeWaitWithoutLimitSaturates() {
        assertThat(Decision.truncate(1e300, 0, 0)).isEqualTo(Long.MAX_VALUE);
        assertThat(Decision.truncate(Double.POSITIVE_INFINITY, 0, 0)).isEqualTo(Long.MAX_VALUE);
    }

    private static BigInteger wholeNanos(double wait) {
        if (Double.isInfinite(wait)) {
            return LONG_MAX.add(BigInteger.ONE);
        }
        return new BigDecimal(wait).setScale(0, RoundingMode.DOWN).toBigIntegerExact();
    }

    @Provide
    Arbitrary<Double> waits() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(0, 1e12).ofScale(3), Arbitraries.doubles().between(0, 1e30),
                Arbitraries.of(0.0, 0.5, 9.223372036854776E18, Double.MAX_VALUE, Double.POSITIVE_INFINITY));
    }
}
