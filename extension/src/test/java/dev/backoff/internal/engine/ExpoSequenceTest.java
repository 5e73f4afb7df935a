package dev.backoff.internal.engine;

import org.junit.jupiter.api.Test;

import static dev.backoff.internal.engine.PolicyFixture.policy;
import static dev.backoff.internal.engine.PolicyFixture.seconds;
import static org.assertj.core.api.Assertions.assertThat;

/** EXPO without jitter: {@code factor * base^n}, capped by {@code maxValue} (Python {@code expo}, reference 5.1). */
class ExpoSequenceTest {

    @Test
    void defaultsStartAtFactorAndDouble() {
        assertThat(policy().sequence(6)).isEqualTo(seconds(1, 2, 4, 8, 16, 32));
    }

    @Test
    void baseFactorAndCapCombine() {
        assertThat(policy().base(3).factor(0.5).maxValue(5).sequence(5)).isEqualTo(seconds(0.5, 1.5, 4.5, 5, 5));
    }

    @Test
    void aValueEqualToTheCapIsTheCapAndStays() {
        assertThat(policy().maxValue(4).sequence(5)).isEqualTo(seconds(1, 2, 4, 4, 4));
    }

    @Test
    void theCapAppliesToTheFirstValue() {
        assertThat(policy().maxValue(0.5).sequence(3)).isEqualTo(seconds(0.5, 0.5, 0.5));
    }

    @Test
    void zeroFactorWaitsZero() {
        assertThat(policy().factor(0).sequence(3)).isEqualTo(seconds(0, 0, 0));
    }

    @Test
    void aCappedSequenceStaysCappedEvenWhenTheBaseShrinks() {
        // base < 1: the first value reaches the cap, so n never grows and the sequence never drops below it
        assertThat(policy().base(0.5).factor(8).maxValue(4).sequence(4)).isEqualTo(seconds(4, 4, 4, 4));
    }

    @Test
    void theUnitScalesEveryValue() {
        assertThat(policy().unitNanos(1e6).factor(250).sequence(3))
                .isEqualTo(PolicyFixture.nanos(1e6, 250, 500, 1000));
    }
}
