package dev.backoff.tck.deployment;

import dev.backoff.Backoff;
import dev.backoff.tck.Spec;
import dev.backoff.tck.TckConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.backoff.tck.deployment.Deployment.problem;
import static dev.backoff.tck.deployment.Deployment.problems;
import static dev.backoff.tck.deployment.Deployment.where;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 5.5: a config value that does not parse or is out of range fails the deployment; none is ignored. */
@Spec("5.5")
class BadConfigValueTest {

    private static final String SITE = Api.class.getName() + "/call/Backoff/";

    @ParameterizedTest(name = "{displayName}: {0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "maxTries      | many                           | | a whole number >= 0",
            "maxTries      | -1                             | | a whole number >= 0",
            "maxTries      | 3.5                            | | a whole number >= 0",
            "maxTries      | 99999999999                    | | a whole number >= 0",
            "maxTime       | -5s                            | | a number >= 0 in the policy's unit",
            "maxTime       | soon                           | | a number >= 0 in the policy's unit",
            "maxTime       | 1e300                          | it overflows the nanoseconds times are counted in"
                    + " | a number >= 0 in the policy's unit",
            "factor        | PT-1S                          | | a number >= 0 in the policy's unit",
            "base          | 0                              | | a number > 0",
            "base          | NaN                            | | a number > 0",
            "decayFactor   | -0.5                           | | a number >= 0",
            "interval      | 1s, -2s                        | | one or more comma-separated time values",
            "interval      | ','                            | | one or more comma-separated time values",
            "unit          | forever                        | | one of NANOS, MICROS, MILLIS",
            "unit          | weeks                          | | one of NANOS, MICROS, MILLIS",
            "strategy      | linear                         | | one of [EXPO, FIBO, CONSTANT, DECAY, RUNTIME]",
            "jitter        | wild                           | | one of [FULL, EQUAL, DECORRELATED, RANDOM, NONE]",
            "raiseOnGiveup | yes                            | | true or false",
            "enabled       | off                            | | true or false",
            "on            | com.acme.NoSuchException       | there is no class com.acme.NoSuchException"
                    + " | comma-separated names of Throwable classes",
            "on            | java.io.IOException, java.lang.String | java.lang.String is not a Throwable"
                    + " | comma-separated names of Throwable classes",
            "abortOn       | java.lang.Object               | java.lang.Object is not a Throwable"
                    + " | comma-separated names of Throwable classes",
            // a value that names no class would silently widen on to every exception, or clear abortOn
            "on            | ' '                            | it names no class | comma-separated names of Throwable"
                    + " classes",
            "abortOn       | ','                            | it names no class | comma-separated names of Throwable"
                    + " classes",
    })
    void siteKeyValueIsRefused(String member, String value, String reason, String accepted) {
        TckConfig.set(SITE + member, value);

        assertThat(problem(Api.class)).startsWith(where(Api.class, "call") + "java.lang.String): ")
                .contains("config key " + SITE + member + " = \"" + value + "\" is not valid"
                        + (reason == null ? "; accepted: " + accepted : ": " + reason))
                .contains("; accepted: " + accepted);
    }

    /** SmallRye Config reports an expression it cannot expand as no value at all: that must not pass silently. */
    @Test
    void expressionThatDoesNotExpand() {
        TckConfig.set(SITE + "maxTries", "${retries.of.the.day}");

        assertThat(problem(Api.class)).startsWith(where(Api.class, "call"))
                .contains("config key " + SITE + "maxTries = \"${retries.of.the.day}\" is not valid",
                        "accepted: a whole number >= 0");
    }

    @Test
    void expressionThatExpandsIsUsed() {
        TckConfig.set("retries.of.the.day", "-4");
        TckConfig.set(SITE + "maxTries", "${retries.of.the.day}");

        assertThat(problem(Api.class)).contains("config key " + SITE + "maxTries = \"-4\" is not valid");
    }

    @Spec({"5.2", "5.5"})
    @Test
    void badPolicyKeyIsReportedUnderItsOwnName() {
        TckConfig.set("Backoff/orders/maxTime", "later");

        assertThat(problem(Api.class)).startsWith(where(Api.class, "call"))
                .contains("config key Backoff/orders/maxTime = \"later\" is not valid; accepted: ");
    }

    @Spec({"5.2", "5.5"})
    @Test
    void badGlobalKeyIsReportedForEveryPolicyItReaches() {
        TckConfig.set("Backoff/jitter", "plenty");

        List<String> problems = problems(Api.class, Other.class);

        assertThat(problems).hasSize(2).allSatisfy(p -> assertThat(p)
                .contains("config key Backoff/jitter = \"plenty\" is not valid; accepted: one of"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(where(Api.class, "call")));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(where(Other.class, "call")));
    }

    /** A key found first hides the ones below it, bad or not: only what is used is checked. */
    @Spec({"5.2", "5.5"})
    @Test
    void badKeyBelowTheOneUsedIsNotRead() {
        TckConfig.set("Backoff/maxTries", "plenty");
        TckConfig.set(SITE + "maxTries", "3");

        assertThat(problem(Api.class, Other.class)).startsWith(where(Other.class, "call"))
                .contains("config key Backoff/maxTries = \"plenty\"");
    }

    public static class Api {
        @Backoff(name = "orders")
        public void call(String id) {
        }
    }

    public static class Other {
        @Backoff
        public void call() {
        }
    }
}
