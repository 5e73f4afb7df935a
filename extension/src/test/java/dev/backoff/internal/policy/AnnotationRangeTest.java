package dev.backoff.internal.policy;

import dev.backoff.Backoff;
import dev.backoff.Wait;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.backoff.internal.policy.ReaderHarness.onMethod;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 6: annotation values out of range, the non-finite ones included, are problems naming member and value. */
class AnnotationRangeTest {

    private final ReaderHarness config = new ReaderHarness();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "infiniteBase        | base = Infinity           | a number > 0",
            "nanBase             | base = NaN                | a number > 0",
            "infiniteDecayFactor | decayFactor = Infinity    | a number >= 0",
            "nanDecayFactor      | decayFactor = NaN         | a number >= 0",
            "infiniteFactor      | factor = Infinity         | a number >= 0",
            "infiniteMaxTime     | maxTime = Infinity        | a number >= 0",
            "nanInterval         | interval = [1.0, NaN]     | a number >= 0",
    })
    void isAProblem(String method, String memberAndValue, String accepted) {
        assertThat(config.problem(onMethod(Api.class, method)))
                .startsWith(Api.class.getName() + "." + method + "(): @Backoff(" + memberAndValue + ") is not valid")
                .containsPattern("accepted: .*" + accepted);
    }

    public static class Api {
        @Backoff(base = Double.POSITIVE_INFINITY)
        public void infiniteBase() {
        }

        @Backoff(base = Double.NaN)
        public void nanBase() {
        }

        @Backoff(strategy = Wait.DECAY, decayFactor = Double.POSITIVE_INFINITY)
        public void infiniteDecayFactor() {
        }

        @Backoff(strategy = Wait.DECAY, decayFactor = Double.NaN)
        public void nanDecayFactor() {
        }

        @Backoff(factor = Double.POSITIVE_INFINITY)
        public void infiniteFactor() {
        }

        @Backoff(maxTime = Double.POSITIVE_INFINITY)
        public void infiniteMaxTime() {
        }

        @Backoff(strategy = Wait.CONSTANT, interval = {1, Double.NaN})
        public void nanInterval() {
        }
    }
}
