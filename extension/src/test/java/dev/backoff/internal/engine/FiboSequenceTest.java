package dev.backoff.internal.engine;

import dev.backoff.Wait;
import org.junit.jupiter.api.Test;

import static dev.backoff.internal.policy.Members.BASE;
import static dev.backoff.internal.policy.Members.FACTOR;
import static dev.backoff.internal.policy.Members.MAX_VALUE;
import static dev.backoff.internal.policy.Members.STRATEGY;
import static dev.backoff.internal.engine.Policies.policy;
import static dev.backoff.internal.engine.Policies.sequence;
import static dev.backoff.internal.engine.Policies.seconds;
import static org.assertj.core.api.Assertions.assertThat;

/** FIBO without jitter: {@code 1, 1, 2, 3, 5, ...} units, capped by {@code maxValue} (reference 5.2). */
class FiboSequenceTest {

    @Test
    void startsOneOneAndAddsTheLastTwo() {
        assertThat(sequence(policy().set(STRATEGY, Wait.FIBO), 8)).isEqualTo(seconds(1, 1, 2, 3, 5, 8, 13, 21));
    }

    @Test
    void capBetweenTwoValuesIsReachedAndKept() {
        assertThat(sequence(policy().set(STRATEGY, Wait.FIBO).time(MAX_VALUE, 4), 7)).isEqualTo(seconds(1, 1, 2, 3, 4, 4, 4));
    }

    @Test
    void capEqualToAValueIsThatValueAndKept() {
        assertThat(sequence(policy().set(STRATEGY, Wait.FIBO).time(MAX_VALUE, 5), 7)).isEqualTo(seconds(1, 1, 2, 3, 5, 5, 5));
    }

    @Test
    void factorAndBaseDoNotChangeIt() {
        assertThat(sequence(policy().set(STRATEGY, Wait.FIBO).time(FACTOR, 7).set(BASE, 10.0), 4)).isEqualTo(seconds(1, 1, 2, 3));
    }
}
