package dev.backoff.internal.engine;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

import static dev.backoff.internal.policy.Members.UNIT;
import static dev.backoff.internal.engine.Policies.policy;
import static dev.backoff.internal.engine.Policies.sequence;
import static dev.backoff.internal.engine.Policies.seconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * DECAY without jitter: {@code initialValue * e^(-n * decayFactor)} floored at {@code minValue}, strict {@code >}
 * (reference 5.6). The expected numbers are Python's {@code backoff.decay(10, 0.5, 2)} outputs.
 */
class DecaySequenceTest {

    /** Python {@code decay(initial_value=10, decay_factor=0.5, min_value=2)}: the values, bit for bit. */
    private static final double[] PYTHON = {10.0, 6.065306597126334, 3.6787944117144233, 2.2313016014842986, 2, 2};

    @Test
    void matchesPythonBitForBitInAUnitOfOneNanosecond() {
        // with a unit of 1 ns the plan holds Python's own numbers, so no unit scaling can hide a 1-ulp difference
        // (Math.exp instead of Math.pow(Math.E, x) gives 2.231301601484298 at n = 3)
        assertThat(sequence(policy().set(UNIT, ChronoUnit.NANOS).decay(10, 0.5, 2), 6))
                .isEqualTo(Policies.nanos(1, PYTHON));
    }

    @Test
    void matchesPythonInSeconds() {
        var actual = sequence(policy().decay(10, 0.5, 2), 6);
        var expected = seconds(PYTHON);
        for (int i = 0; i < PYTHON.length; i++) {
            assertThat(actual.get(i)).as("value %d", i).isCloseTo(expected.get(i), within(1e-6));
        }
    }

    @Test
    void aValueEqualToTheFloorIsTheFloor() {
        // decayFactor 0: the value never decays, and a value equal to the floor (not above it) yields the floor
        assertThat(sequence(policy().decay(3, 0, 3), 3)).isEqualTo(seconds(3, 3, 3));
    }

    @Test
    void withoutFloorItDecaysTowardsZero() {
        var values = sequence(policy().decay(1, 1, 0), 4);
        assertThat(values.get(0)).isEqualTo(1e9);
        assertThat(values).isSortedAccordingTo((a, b) -> Double.compare(b, a)).allMatch(v -> v > 0);
        assertThat(values.get(3)).isCloseTo(1e9 / Math.exp(3), within(1.0));
    }
}
