package dev.backoff.internal.policy;

import dev.backoff.Backoff;
import org.junit.jupiter.api.Test;

import static dev.backoff.internal.policy.ReaderHarness.onMethod;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 5.5: a bad value that came from an environment variable is reported naming the variable too. */
class EnvironmentVariableProblemTest {

    private static final String KEY = Api.class.getName() + "/fetch/Backoff/maxTries";
    private static final String VARIABLE = ConfigKeys.environmentVariable(KEY);

    @Test
    void theProblemNamesTheKeyAndTheVariable() {
        ReaderHarness config = new ReaderHarness().setFromEnvironment(KEY, VARIABLE, "plenty");

        assertThat(config.problem(onMethod(Api.class, "fetch"))).contains("config key " + KEY + " = \"plenty\""
                + " (environment variable " + VARIABLE + ") is not valid; accepted: a whole number >= 0");
    }

    @Test
    void aValueFromAnotherSourceNamesTheKeyAlone() {
        ReaderHarness config = new ReaderHarness().set(KEY, "plenty");

        assertThat(config.problem(onMethod(Api.class, "fetch"))).contains("config key " + KEY + " = \"plenty\" is not"
                + " valid").doesNotContain("environment variable");
    }

    public static class Api {
        @Backoff
        public void fetch() {
        }
    }
}
