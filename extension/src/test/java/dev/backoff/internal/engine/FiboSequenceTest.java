package dev.backoff.internal.engine;

import dev.backoff.Wait;
import org.junit.jupiter.api.Test;

import static dev.backoff.internal.engine.PolicyFixture.policy;
import static dev.backoff.internal.engine.PolicyFixture.seconds;
import static org.assertj.core.api.Assertions.assertThat;

/** FIBO without jitter: {@code 1, 1, 2, 3, 5, ...} units, capped by {@code maxValue} (reference 5.2). */
class FiboSequenceTest {

    @Test
    void startsOneOneAndAddsTheLastTwo() {
        assertThat(policy().strategy(Wait.FIBO).sequence(8)).isEqualTo(seconds(1, 1, 2, 3, 5, 8, 13, 21));
    }

    @Test
    void capBetweenTwoValuesIsReachedAndKept() {
        assertThat(policy().strategy(Wait.FIBO).maxValue(4).sequence(7)).isEqualTo(seconds(1, 1, 2, 3, 4, 4, 4));
    }

    @Test
    void capEqualToAValueIsThatValueAndKept() {
        assertThat(policy().strategy(Wait.FIBO).maxValue(5).sequence(7)).isEqualTo(seconds(1, 1, 2, 3, 5, 5, 5));
    }

    @Test
    void factorAndBaseDoNotChangeIt() {
        assertThat(policy().strategy(Wait.FIBO).factor(7).base(10).sequence(4)).isEqualTo(seconds(1, 1, 2, 3));
    }
}
