package dev.backoff.tck.deployment;

import dev.backoff.Backoff;
import dev.backoff.Wait;
import dev.backoff.tck.Spec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static dev.backoff.tck.deployment.Deployment.problem;
import static dev.backoff.tck.deployment.Deployment.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * SPEC 6: negative maxTries, maxTime and waits in the annotation fail the deployment; so do times too large to count
 * in nanoseconds, saying so.
 */
@Spec("6")
class NegativeValuesTest {

    static Stream<Arguments> negatives() {
        return Stream.of(
                arguments(MaxTries.class, "maxTries = -1", "whole number >= 0"),
                arguments(MaxTime.class, "maxTime = -30.0", "number >= 0"),
                arguments(Factor.class, "factor = -1.0", "number >= 0"),
                arguments(MaxValue.class, "maxValue = -60.0", "number >= 0"),
                arguments(Interval.class, "interval = [1.0, -2.0]", "number >= 0"),
                arguments(InitialValue.class, "initialValue = -1.0", "number >= 0"),
                arguments(MinValue.class, "minValue = -0.5", "number >= 0"),
                arguments(DecayFactor.class, "decayFactor = -1.0", "number >= 0"));
    }

    @ParameterizedTest(name = "{displayName}: {1}")
    @MethodSource("negatives")
    void failsTheDeployment(Class<?> bean, String memberAndValue, String accepted) {
        assertThat(problem(bean)).startsWith(where(bean, "call") + "java.lang.String): ")
                .contains("@Backoff(" + memberAndValue + ")").containsPattern("; accepted: .*" + accepted);
    }

    @Test
    void aTimeTooLargeSaysItOverflows() {
        assertThat(problem(Huge.class)).startsWith(where(Huge.class, "call") + "java.lang.String): ")
                .contains("@Backoff(maxTime = 1.0E300) is not valid: it overflows the nanoseconds times are counted in")
                .containsPattern("; accepted: .*number >= 0");
    }

    public static class Huge {
        @Backoff(maxTime = 1e300)
        public void call(String id) {
        }
    }

    public static class MaxTries {
        @Backoff(maxTries = -1)
        public void call(String id) {
        }
    }

    public static class MaxTime {
        @Backoff(maxTime = -30)
        public void call(String id) {
        }
    }

    public static class Factor {
        @Backoff(factor = -1)
        public void call(String id) {
        }
    }

    public static class MaxValue {
        @Backoff(strategy = Wait.FIBO, maxValue = -60)
        public void call(String id) {
        }
    }

    public static class Interval {
        @Backoff(strategy = Wait.CONSTANT, interval = {1, -2})
        public void call(String id) {
        }
    }

    public static class InitialValue {
        @Backoff(strategy = Wait.DECAY, initialValue = -1)
        public void call(String id) {
        }
    }

    public static class MinValue {
        @Backoff(strategy = Wait.DECAY, minValue = -0.5)
        public void call(String id) {
        }
    }

    public static class DecayFactor {
        @Backoff(strategy = Wait.DECAY, decayFactor = -1)
        public void call(String id) {
        }
    }
}
