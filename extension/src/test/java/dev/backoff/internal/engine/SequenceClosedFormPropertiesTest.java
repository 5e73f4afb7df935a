package dev.backoff.internal.engine;

import dev.backoff.Wait;
import dev.backoff.internal.policy.Policy;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static dev.backoff.internal.policy.Members.BASE;
import static dev.backoff.internal.policy.Members.FACTOR;
import static dev.backoff.internal.policy.Members.MAX_VALUE;
import static dev.backoff.internal.policy.Members.STRATEGY;
import static dev.backoff.internal.policy.Members.UNIT;
import static dev.backoff.internal.engine.Policies.policy;
import static dev.backoff.internal.engine.Policies.sequence;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * EXPO and FIBO without jitter equal their closed forms for any parameters: the n-th value (n from 0) is
 * {@code factor * base^n}, or the (n+1)-th Fibonacci number of units, until one reaches {@code maxValue}; from then
 * on every value is {@code maxValue} (Python's strict {@code a < max_value} test, and {@code n} stops growing).
 */
class SequenceClosedFormPropertiesTest {

    private static final int STEPS = 60;
    private static final double PHI = (1 + Math.sqrt(5)) / 2;

    @Property
    void expoIsFactorTimesBaseToTheNUntilTheCap(@ForAll @DoubleRange(min = 0.05, max = 10) double base,
                                               @ForAll @DoubleRange(min = 0, max = 100) double factor,
                                               @ForAll("caps") double maxValue, @ForAll("units") ChronoUnit unit) {
        Policy p = policy().set(UNIT, unit).set(BASE, base).time(FACTOR, factor).time(MAX_VALUE, maxValue).build();
        List<Double> uncapped = new ArrayList<>();
        for (int n = 0; n < STEPS; n++) {
            uncapped.add(p.factor() * Math.pow(base, n));
        }

        List<Double> values = sequence(p, STEPS);

        assertThat(values).isEqualTo(capped(uncapped, p.maxValue()));
        assertNeverAbove(values, p.maxValue());
    }

    @Property
    void fiboIsTheFibonacciNumbersInUnitsUntilTheCap(@ForAll("caps") double maxValue,
                                                    @ForAll("units") ChronoUnit unit) {
        Policy p = policy().set(STRATEGY, Wait.FIBO).set(UNIT, unit).time(MAX_VALUE, maxValue).build();
        List<Double> uncapped = new ArrayList<>();
        for (int n = 1; n <= STEPS; n++) {
            uncapped.add(binet(n) * p.unitNanos());
        }

        List<Double> values = sequence(p, STEPS);

        assertThat(values).isEqualTo(capped(uncapped, p.maxValue()));
        assertNeverAbove(values, p.maxValue());
    }

    /** Each value below the cap as long as every value so far was; the cap from the first one that was not. */
    private static List<Double> capped(List<Double> uncapped, double cap) {
        List<Double> expected = new ArrayList<>();
        boolean reached = false;
        for (double value : uncapped) {
            reached |= cap > 0 && value >= cap;
            expected.add(reached ? cap : value);
        }
        return expected;
    }

    private static void assertNeverAbove(List<Double> values, double cap) {
        if (cap > 0) {
            assertThat(values).allSatisfy(v -> assertThat(v).isLessThanOrEqualTo(cap));
        }
    }

    /** The n-th Fibonacci number, F(1) = F(2) = 1, by Binet's formula (exact in doubles up to n = 70). */
    private static double binet(int n) {
        return Math.round(Math.pow(PHI, n) / Math.sqrt(5));
    }

    @Provide
    Arbitrary<Double> caps() {
        return Arbitraries.oneOf(Arbitraries.just(0.0), Arbitraries.doubles().between(0.001, 1e6).ofScale(6),
                Arbitraries.integers().between(1, 100).map(Integer::doubleValue));
    }

    @Provide
    Arbitrary<ChronoUnit> units() {
        return Arbitraries.of(ChronoUnit.NANOS, ChronoUnit.MICROS, ChronoUnit.MILLIS, ChronoUnit.SECONDS,
                ChronoUnit.MINUTES);
    }
}
