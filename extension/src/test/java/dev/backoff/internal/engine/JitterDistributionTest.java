package dev.backoff.internal.engine;

import dev.backoff.Jitter;
import dev.backoff.internal.policy.Policy;
import org.junit.jupiter.api.Test;

import java.time.temporal.ChronoUnit;
import java.util.DoubleSummaryStatistics;
import java.util.List;

import static dev.backoff.internal.engine.Policies.SECOND;
import static dev.backoff.internal.engine.Policies.policy;
import static dev.backoff.internal.policy.Members.JITTER;
import static dev.backoff.internal.policy.Members.MAX_VALUE;
import static dev.backoff.internal.policy.Members.UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Each jitter kind draws its waits from the whole of its range (SPEC 1, {@code jitter}): not only inside the bounds
 * (that, returning the plain wait would meet too), but spread over them, with the mean in the middle. 4,000 draws of
 * a constant 1 s wait each: the mean of uniform draws over a range r is off by r / 20 at eleven standard deviations,
 * and a tenth of the range is empty of all 4,000 draws once in 10^180 runs, so these tests fail only when the jitter
 * is wrong. The draws are seeded ({@link #SEED}), so every run draws the same waits: a failure is the jitter's, and
 * reruns the same way; the margins above hold for any seed, so the seed is no tuning.
 */
class JitterDistributionTest {

    private static final int DRAWS = 4_000;
    private static final long SEED = 20261201;
    private static final double W = SECOND;

    @Test
    void fullIsUniformOverZeroToTheWait() {
        DoubleSummaryStatistics waits = draws(Jitter.FULL);

        assertThat(waits.getMin()).isBetween(0.0, W / 10);
        assertThat(waits.getMax()).isBetween(W * 0.9, W);
        assertThat(waits.getAverage()).isCloseTo(W / 2, within(W / 20));
    }

    @Test
    void equalIsUniformOverHalfTheWaitToTheWait() {
        DoubleSummaryStatistics waits = draws(Jitter.EQUAL);

        assertThat(waits.getMin()).isBetween(W / 2, W * 0.55);
        assertThat(waits.getMax()).isBetween(W * 0.95, W);
        assertThat(waits.getAverage()).isCloseTo(W * 0.75, within(W / 40));
    }

    /** RANDOM adds up to one unit: one millisecond here, one second in the default unit. */
    @Test
    void randomAddsUniformlyUpToOneUnit() {
        double unit = 1e6;
        DoubleSummaryStatistics added = Policies.seeded(policy().set(UNIT, ChronoUnit.MILLIS).constant(1000)
                .set(JITTER, Jitter.RANDOM), DRAWS, SEED).stream().mapToDouble(wait -> wait - W).summaryStatistics();

        assertThat(added.getMin()).isBetween(0.0, unit / 10);
        assertThat(added.getMax()).isGreaterThan(unit * 0.9).isLessThan(unit);
        assertThat(added.getAverage()).isCloseTo(unit / 2, within(unit / 20));
    }

    /**
     * Without a cap (the default): each wait is drawn from [first, 3 * previous], so the waits wander away from the
     * plain sequence, upwards, never below the first value.
     */
    @Test
    void decorrelatedWithoutACapWandersUpFromTheFirstValue() {
        Policy.Builder p = policy().constant(1);
        List<Double> plain = Policies.sequence(p.set(JITTER, Jitter.NONE), 50);
        List<Double> jittered = Policies.seeded(p.set(JITTER, Jitter.DECORRELATED), 50, SEED);

        assertThat(jittered).allSatisfy(wait -> assertThat(wait).isGreaterThanOrEqualTo(W));
        assertThat(jittered).isNotEqualTo(plain);
        for (int i = 1; i < jittered.size(); i++) {
            assertThat(jittered.get(i)).as("wait %d", i).isLessThanOrEqualTo(3 * jittered.get(i - 1) * (1 + 1e-15));
        }
        assertThat(jittered.stream().mapToDouble(Double::doubleValue).max().orElseThrow())
                .as("50 draws, each up to 3 times the one before, from 1 s").isGreaterThan(3 * W);
    }

    @Test
    void decorrelatedWithACapStaysUnderItAndReachesIt() {
        Policy.Builder p = policy().constant(1).time(MAX_VALUE, 5);
        List<Double> jittered = Policies.seeded(p.set(JITTER, Jitter.DECORRELATED), 200, SEED);

        assertThat(jittered).allSatisfy(wait -> assertThat(wait).isBetween(W, 5 * W));
        assertThat(jittered).as("the draws that the cap cut").contains(5 * W);
        assertThat(jittered.stream().distinct().count()).as("distinct waits").isGreaterThan(20);
    }

    /** {@code jitter}'s draws of a constant 1 s wait. */
    private static DoubleSummaryStatistics draws(Jitter jitter) {
        return Policies.seeded(policy().constant(1).set(JITTER, jitter), DRAWS, SEED).stream()
                .mapToDouble(Double::doubleValue).summaryStatistics();
    }
}
