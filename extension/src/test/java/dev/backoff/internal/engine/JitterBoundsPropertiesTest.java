package dev.backoff.internal.engine;

import dev.backoff.Jitter;
import dev.backoff.Wait;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;

import static dev.backoff.internal.engine.PolicyFixture.policy;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each jitter keeps each wait in its range around the unjittered value {@code w} of the same step (SPEC 1,
 * {@link Jitter} javadoc), for random EXPO and FIBO policies with a cap of at most a day.
 */
class JitterBoundsPropertiesTest {

    private static final int STEPS = 40;
    private static final IOException FAILURE = new IOException("refused");

    @Property
    void fullIsBetweenZeroAndTheValue(@ForAll("policies") PolicyFixture p) {
        forEachStep(p, Jitter.FULL, (w, wait) -> assertThat(wait).isBetween(0.0, w));
    }

    @Property
    void equalIsBetweenHalfTheValueAndTheValue(@ForAll("policies") PolicyFixture p) {
        forEachStep(p, Jitter.EQUAL, (w, wait) -> assertThat(wait).isBetween(w / 2, w));
    }

    @Property
    void randomAddsLessThanOneUnit(@ForAll("policies") PolicyFixture p) {
        forEachStep(p, Jitter.RANDOM, (w, wait) -> {
            assertThat(wait).isGreaterThanOrEqualTo(w);
            assertThat(wait - w).isLessThan(p.unit());
        });
    }

    @Property
    void decorrelatedIsBetweenTheFirstValueAndThreeTimesThePreviousWaitNeverAboveTheCap(
            @ForAll("policies") PolicyFixture p) {
        double cap = p.maxValueNanos();
        Waits plain = p.jitter(Jitter.NONE).waits();
        Waits jittered = p.jitter(Jitter.DECORRELATED).waits();
        double first = plain.next(FAILURE);
        double previous = first;
        for (int i = 0; i < STEPS; i++) {
            double wait = jittered.next(FAILURE);
            double upper = Math.max(first, 3 * previous);
            if (cap > 0) {
                upper = Math.min(cap, upper);
                assertThat(wait).as("step %d above the cap", i).isLessThanOrEqualTo(cap);
            }
            assertThat(wait).as("step %d", i).isGreaterThanOrEqualTo(first);
            // first + (3 * previous - first) * u may round one ulp past 3 * previous; that is arithmetic, not range
            assertThat(wait).as("step %d", i).isLessThanOrEqualTo(upper + Math.ulp(upper));
            previous = wait;
        }
    }

    private interface StepCheck {
        void check(double w, double wait);
    }

    /** Runs the unjittered and the jittered sequence of {@code p} side by side. */
    private static void forEachStep(PolicyFixture p, Jitter jitter, StepCheck check) {
        Waits plain = p.jitter(Jitter.NONE).waits();
        Waits jittered = p.jitter(jitter).waits();
        for (int i = 0; i < STEPS; i++) {
            check.check(plain.next(FAILURE), jittered.next(FAILURE));
        }
    }

    /**
     * EXPO or FIBO with random parameters and a cap of at most a day (far below 2^52 units, where adding jitter to a
     * wait would start to round by a whole unit).
     */
    @Provide
    Arbitrary<PolicyFixture> policies() {
        Arbitrary<Wait> strategy = Arbitraries.of(Wait.EXPO, Wait.FIBO);
        Arbitrary<Double> base = Arbitraries.doubles().between(0.05, 10).ofScale(6);
        Arbitrary<Double> factor = Arbitraries.doubles().between(0, 60).ofScale(6);
        Arbitrary<Double> cap = Arbitraries.doubles().between(0.001, 86_400).ofScale(6);
        Arbitrary<Double> unit = Arbitraries.of(1e6, 1e9);
        return Combinators.combine(strategy, base, factor, cap, unit)
                .as((s, b, f, c, u) -> policy().strategy(s).base(b).factor(f).maxValue(c).unitNanos(u));
    }
}
