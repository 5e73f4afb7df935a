package dev.backoff.internal.engine;

import dev.backoff.Jitter;
import dev.backoff.Wait;
import dev.backoff.internal.policy.Policy;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.time.temporal.ChronoUnit;

import static dev.backoff.internal.policy.Members.JITTER;
import static dev.backoff.internal.policy.Members.BASE;
import static dev.backoff.internal.policy.Members.FACTOR;
import static dev.backoff.internal.policy.Members.MAX_VALUE;
import static dev.backoff.internal.policy.Members.STRATEGY;
import static dev.backoff.internal.policy.Members.UNIT;
import static dev.backoff.internal.engine.Policies.policy;
import static dev.backoff.internal.engine.Policies.waits;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each jitter keeps each wait in its range around the unjittered value {@code w} of the same step (SPEC 1,
 * {@link Jitter} javadoc), for random EXPO and FIBO policies with a cap of at most a day.
 */
class JitterBoundsPropertiesTest {

    private static final int STEPS = 40;
    private static final IOException FAILURE = new IOException("refused");

    @Property
    void fullIsBetweenZeroAndTheValue(@ForAll("policies") Policy.Builder p) {
        forEachStep(p, Jitter.FULL, (w, wait) -> assertBelow(wait, 0.0, w));
    }

    @Property
    void equalIsBetweenHalfTheValueAndTheValue(@ForAll("policies") Policy.Builder p) {
        forEachStep(p, Jitter.EQUAL, (w, wait) -> assertBelow(wait, w / 2, w));
    }

    @Property
    void randomAddsLessThanOneUnit(@ForAll("policies") Policy.Builder p) {
        forEachStep(p, Jitter.RANDOM, (w, wait) -> {
            assertThat(wait).isGreaterThanOrEqualTo(w);
            assertThat(wait - w).isLessThan(p.build().unitNanos());
        });
    }

    @Property
    void decorrelatedIsBetweenTheFirstValueAndThreeTimesThePreviousWaitNeverAboveTheCap(
            @ForAll("policies") Policy.Builder p) {
        double cap = p.build().maxValue();
        Waits plain = waits(p.set(JITTER, Jitter.NONE));
        Waits jittered = waits(p.set(JITTER, Jitter.DECORRELATED));
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

    /**
     * {@code wait} in {@code [low, w)}: a draw from {@code [0, 1)} never reaches the plain value {@code w}, so a
     * jitter that returned it unchanged fails here; a zero wait (factor 0) stays zero.
     */
    private static void assertBelow(double wait, double low, double w) {
        if (w == 0) {
            assertThat(wait).isZero();
        } else {
            assertThat(wait).isGreaterThanOrEqualTo(low).isLessThan(w);
        }
    }

    private interface StepCheck {
        void check(double w, double wait);
    }

    /** Runs the unjittered and the jittered sequence of {@code p} side by side. */
    private static void forEachStep(Policy.Builder p, Jitter jitter, StepCheck check) {
        Waits plain = waits(p.set(JITTER, Jitter.NONE));
        Waits jittered = waits(p.set(JITTER, jitter));
        for (int i = 0; i < STEPS; i++) {
            check.check(plain.next(FAILURE), jittered.next(FAILURE));
        }
    }

    /**
     * EXPO or FIBO with random parameters and a cap of at most a day (far below 2^52 units, where adding jitter to a
     * wait would start to round by a whole unit).
     */
    @Provide
    Arbitrary<Policy.Builder> policies() {
        Arbitrary<Wait> strategy = Arbitraries.of(Wait.EXPO, Wait.FIBO);
        Arbitrary<Double> base = Arbitraries.doubles().between(0.05, 10).ofScale(6);
        Arbitrary<Double> factor = Arbitraries.doubles().between(0, 60).ofScale(6);
        Arbitrary<Double> cap = Arbitraries.doubles().between(0.001, 86_400).ofScale(6);
        Arbitrary<ChronoUnit> unit = Arbitraries.of(ChronoUnit.MILLIS, ChronoUnit.SECONDS);
        return Combinators.combine(strategy, base, factor, cap, unit)
                .as((s, b, f, c, u) -> policy().set(UNIT, u).set(STRATEGY, s).set(BASE, b).time(FACTOR, f).time(MAX_VALUE, c));
    }
}
