package dev.backoff.internal.engine;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

import static dev.backoff.internal.policy.Members.BASE;
import static dev.backoff.internal.policy.Members.FACTOR;
import static dev.backoff.internal.policy.Members.MAX_VALUE;
import static dev.backoff.internal.policy.Members.UNIT;
import static dev.backoff.internal.engine.Policies.policy;
import static dev.backoff.internal.engine.Policies.sequence;
import static dev.backoff.internal.engine.Policies.seconds;
import static org.assertj.core.api.Assertions.assertThat;

/** EXPO without jitter: {@code factor * base^n}, capped by {@code maxValue} (Python {@code expo}, reference 5.1). */
class ExpoSequenceTest {

    @Test
    void defaultsStartAtFactorAndDouble() {
        assertThat(sequence(policy(), 6)).isEqualTo(seconds(1, 2, 4, 8, 16, 32));
    }

    @Test
    void baseFactorAndCapCombine() {
        assertThat(sequence(policy().set(BASE, 3.0).time(FACTOR, 0.5).time(MAX_VALUE, 5), 5)).isEqualTo(seconds(0.5, 1.5, 4.5, 5, 5));
    }

    @Test
    void aValueEqualToTheCapIsTheCapAndStays() {
        assertThat(sequence(policy().time(MAX_VALUE, 4), 5)).isEqualTo(seconds(1, 2, 4, 4, 4));
    }

    @Test
    void theCapAppliesToTheFirstValue() {
        assertThat(sequence(policy().time(MAX_VALUE, 0.5), 3)).isEqualTo(seconds(0.5, 0.5, 0.5));
    }

    @Test
    void zeroFactorWaitsZero() {
        assertThat(sequence(policy().time(FACTOR, 0), 3)).isEqualTo(seconds(0, 0, 0));
    }

    @Test
    void aCappedSequenceStaysCappedEvenWhenTheBaseShrinks() {
        // base < 1: the first value reaches the cap, so n never grows and the sequence never drops below it
        assertThat(sequence(policy().set(BASE, 0.5).time(FACTOR, 8).time(MAX_VALUE, 4), 4)).isEqualTo(seconds(4, 4, 4, 4));
    }

    @Test
    void theUnitScalesEveryValue() {
        assertThat(sequence(policy().set(UNIT, ChronoUnit.MILLIS).time(FACTOR, 250), 3))
                .isEqualTo(Policies.nanos(1e6, 250, 500, 1000));
    }
}
