package dev.backoff.internal.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.backoff.internal.engine.PolicyFixture.policy;
import static dev.backoff.internal.engine.PolicyFixture.seconds;
import static org.assertj.core.api.Assertions.assertThat;

/** CONSTANT without jitter: one interval forever; several once each, then give up (SPEC 1, reference 5.3). */
class ConstantSequenceTest {

    private static final Double GIVE_UP = Waits.GIVE_UP;

    @Test
    void oneValueRepeatsForever() {
        assertThat(policy().constant(2.5).sequence(1000)).containsOnly(2.5e9).hasSize(1000);
    }

    @Test
    void defaultIntervalIsOneUnit() {
        assertThat(policy().constant(1).sequence(3)).isEqualTo(seconds(1, 1, 1));
    }

    @Test
    void severalValuesAreUsedOnceEachThenTheSequenceGivesUp() {
        assertThat(policy().constant(1, 5, 0.5).sequence(5))
                .isEqualTo(List.of(1e9, 5e9, 0.5e9, GIVE_UP, GIVE_UP));
    }

    @Test
    void zeroIsAWaitNotAGiveUp() {
        assertThat(policy().constant(0).sequence(2)).isEqualTo(seconds(0, 0));
    }
}
