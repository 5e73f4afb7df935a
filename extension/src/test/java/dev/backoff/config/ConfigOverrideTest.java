package dev.backoff.config;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.testing.TestConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static dev.backoff.config.Failing.callOnce;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 5.1-5.4 through the portable extension: config read at startup changes what a call really does. */
class ConfigOverrideTest {

    private static final String FETCH = Api.class.getName() + "/fetch/Backoff/";

    @AfterEach
    void clearConfig() {
        TestConfig.clear();
    }

    @Test
    void annotationAloneGivesItsTriesAndWaits() {
        assertThat(callOnce(Api.class, Api::fetch)).isEqualTo(outcome(2, ofSeconds(1)));
    }

    @Test
    void siteKeyOverridesTheAnnotation() {
        TestConfig.set(FETCH + "maxTries", "4");

        assertThat(callOnce(Api.class, Api::fetch)).isEqualTo(outcome(4, ofSeconds(1), ofSeconds(2), ofSeconds(4)));
    }

    @Test
    void policyKeyOverridesTheAnnotation() {
        TestConfig.set("Backoff/payments/maxTries", "3");

        assertThat(callOnce(Api.class, Api::fetch).calls()).isEqualTo(3);
    }

    @Test
    void globalKeyOverridesTheAnnotation() {
        TestConfig.set("Backoff/maxTries", "5");

        assertThat(callOnce(Api.class, Api::fetch).calls()).isEqualTo(5);
    }

    @Test
    void siteKeyBeatsPolicyAndGlobalKeys() {
        TestConfig.set("Backoff/maxTries", "5");
        TestConfig.set("Backoff/payments/maxTries", "4");
        TestConfig.set(FETCH + "maxTries", "3");

        assertThat(callOnce(Api.class, Api::fetch).calls()).isEqualTo(3);
    }

    /** MicroProfile Config: an empty value is no value, so the next key is looked up. */
    @Test
    void emptyValueCountsAsUnset() {
        TestConfig.set(FETCH + "maxTries", "");
        TestConfig.set("Backoff/maxTries", "3");

        assertThat(callOnce(Api.class, Api::fetch).calls()).isEqualTo(3);
    }

    @Test
    void methodAnnotationIgnoresTheClassKey() {
        TestConfig.set(Api.class.getName() + "/Backoff/maxTries", "5");

        assertThat(callOnce(Api.class, Api::fetch).calls()).isEqualTo(2);
    }

    @Test
    void classAnnotationReadsTheClassKeyNotTheMethodKey() {
        TestConfig.set(ClassApi.class.getName() + "/Backoff/maxTries", "4");
        TestConfig.set(ClassApi.class.getName() + "/load/Backoff/maxTries", "6");

        assertThat(callOnce(ClassApi.class, ClassApi::load).calls()).isEqualTo(4);
    }

    @Test
    void timeValuesWithTheirUnit() {
        TestConfig.set("Backoff/payments/factor", "250ms");
        TestConfig.set(FETCH + "maxTries", "3");

        assertThat(callOnce(Api.class, Api::fetch).waits()).containsExactly(ofMillis(250), ofMillis(500));
    }

    @Test
    void plainNumbersInTheConfiguredUnit() {
        TestConfig.set(FETCH + "unit", "millis");
        TestConfig.set(FETCH + "factor", "30");

        assertThat(callOnce(Api.class, Api::fetch).waits()).containsExactly(ofMillis(30));
    }

    @Test
    void strategyAndIntervalList() {
        TestConfig.set(FETCH + "strategy", "constant");
        TestConfig.set(FETCH + "interval", "100ms, PT0.2S");
        TestConfig.set(FETCH + "maxTries", "0");

        assertThat(callOnce(Api.class, Api::fetch)).isEqualTo(outcome(3, ofMillis(100), ofMillis(200)));
    }

    @Test
    void maxTimeFromConfigCutsTheLastWait() {
        TestConfig.set(FETCH + "maxTries", "0");
        TestConfig.set(FETCH + "maxTime", "2.5s");

        assertThat(callOnce(Api.class, Api::fetch)).isEqualTo(outcome(3, ofSeconds(1), ofMillis(1500)));
    }

    @Test
    void globalEnabledFalseRunsOnce() {
        TestConfig.set("Backoff/enabled", "false");

        assertThat(callOnce(Api.class, Api::fetch)).isEqualTo(outcome(1));
    }

    @Test
    void siteEnabledTrueBeatsGlobalFalse() {
        TestConfig.set("Backoff/enabled", "false");
        TestConfig.set(FETCH + "enabled", "true");

        assertThat(callOnce(Api.class, Api::fetch).calls()).isEqualTo(2);
    }

    @Test
    void onFromConfigReplacesTheAnnotationsExceptions() {
        TestConfig.set(FETCH + "on", "java.lang.IllegalStateException");

        assertThat(callOnce(Api.class, Api::fetch)).isEqualTo(outcome(1));
    }

    @Test
    void abortOnFromConfigEndsTheCallAtOnce() {
        TestConfig.set(FETCH + "abortOn", "java.lang.IllegalStateException, java.io.IOException");

        assertThat(callOnce(Api.class, Api::fetch)).isEqualTo(outcome(1));
    }

    private static Failing.Outcome outcome(int calls, Duration... waits) {
        return new Failing.Outcome(calls, List.of(waits));
    }

    public static class Api extends Failing {
        @Backoff(name = "payments", on = IOException.class, maxTries = 2, jitter = Jitter.NONE)
        public String fetch() throws IOException {
            return fail();
        }
    }

    @Backoff(maxTries = 2, jitter = Jitter.NONE)
    public static class ClassApi extends Failing {
        public String load() throws IOException {
            return fail();
        }
    }
}
