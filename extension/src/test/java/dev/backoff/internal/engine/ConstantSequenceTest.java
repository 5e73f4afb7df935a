package dev.backoff.internal.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.backoff.internal.engine.Policies.policy;
import static dev.backoff.internal.engine.Policies.sequence;
import static dev.backoff.internal.engine.Policies.seconds;
import static org.assertj.core.api.Assertions.assertThat;

/** CONSTANT without jitter: one interval forever; several once each, then give up (SPEC 1, reference 5.3). */
class ConstantSequenceTest {

    private static final Double USED_UP = Waits.USED_UP;

    @Test
    void oneValueRepeatsForever() {
        assertThat(sequence(policy().constant(2.5), 1000)).containsOnly(2.5e9).hasSize(1000);
    }

    @Test
    void defaultIntervalIsOneUnit() {
        assertThat(sequence(policy().constant(1), 3)).isEqualTo(seconds(1, 1, 1));
    }

    @Test
    void severalValuesAreUsedOnceEachThenTheSequenceGivesUp() {
        assertThat(sequence(policy().constant(1, 5, 0.5), 5))
                .isEqualTo(List.of(1e9, 5e9, 0.5e9, USED_UP, USED_UP));
    }

    @Test
    void zeroIsAWaitNotAGiveUp() {
        assertThat(sequence(policy().constant(0), 2)).isEqualTo(seconds(0, 0));
    }
}
