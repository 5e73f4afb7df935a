package dev.backoff.tck.config;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import dev.backoff.tck.TckConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static dev.backoff.tck.config.Failing.callOnce;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SPEC 5.1, 5.2, 5.4: config read at startup changes what a call really does. */
@Spec("5.2")
class ConfigOverrideTest {

    private static final String FETCH = Api.class.getName() + "/fetch/Backoff/";

    @Test
    @Spec("5.2")
    void annotationAloneGivesItsTriesAndWaits() {
        assertThat(callOnce(Api.class, Api::fetch)).isEqualTo(outcome(2, ofSeconds(1)));
    }

    @Test
    void siteKeyOverridesTheAnnotation() {
        TckConfig.set(FETCH + "maxTries", "4");

        assertThat(callOnce(Api.class, Api::fetch)).isEqualTo(outcome(4, ofSeconds(1), ofSeconds(2), ofSeconds(4)));
    }

    @Test
    void policyKeyOverridesTheAnnotation() {
        TckConfig.set("Backoff/payments/maxTries", "3");

        assertThat(callOnce(Api.class, Api::fetch).calls()).isEqualTo(3);
    }

    @Test
    void globalKeyOverridesTheAnnotation() {
        TckConfig.set("Backoff/maxTries", "5");

        assertThat(callOnce(Api.class, Api::fetch).calls()).isEqualTo(5);
    }

    @Test
    void siteKeyBeatsPolicyAndGlobalKeys() {
        TckConfig.set("Backoff/maxTries", "5");
        TckConfig.set("Backoff/payments/maxTries", "4");
        TckConfig.set(FETCH + "maxTries", "3");

        assertThat(callOnce(Api.class, Api::fetch).calls()).isEqualTo(3);
    }

    /** MicroProfile Config: an empty value is no value, so the next key is looked up. */
    @Test
    void emptyValueCountsAsUnset() {
        TckConfig.set(FETCH + "maxTries", "");
        TckConfig.set("Backoff/maxTries", "3");

        assertThat(callOnce(Api.class, Api::fetch).calls()).isEqualTo(3);
    }

    @Test
    void methodAnnotationIgnoresTheClassKey() {
        TckConfig.set(Api.class.getName() + "/Backoff/maxTries", "5");

        assertThat(callOnce(Api.class, Api::fetch).calls()).isEqualTo(2);
    }

    @Test
    void classAnnotationReadsTheClassKeyNotTheMethodKey() {
        TckConfig.set(ClassApi.class.getName() + "/Backoff/maxTries", "4");
        TckConfig.set(ClassApi.class.getName() + "/load/Backoff/maxTries", "6");

        assertThat(callOnce(ClassApi.class, ClassApi::load).calls()).isEqualTo(4);
    }

    @Test
    @Spec({"5.1", "5.4"})
    void timeValuesWithTheirUnit() {
        TckConfig.set("Backoff/payments/factor", "250ms");
        TckConfig.set(FETCH + "maxTries", "3");

        assertThat(callOnce(Api.class, Api::fetch).waits()).containsExactly(ofMillis(250), ofMillis(500));
    }

    @Test
    @Spec({"5.1", "5.4"})
    void plainNumbersInTheConfiguredUnit() {
        TckConfig.set(FETCH + "unit", "millis");
        TckConfig.set(FETCH + "factor", "30");

        assertThat(callOnce(Api.class, Api::fetch).waits()).containsExactly(ofMillis(30));
    }

    @Test
    @Spec({"5.1", "5.4"})
    void strategyAndIntervalList() {
        TckConfig.set(FETCH + "strategy", "constant");
        TckConfig.set(FETCH + "interval", "100ms, PT0.2S");
        TckConfig.set(FETCH + "maxTries", "0");

        assertThat(callOnce(Api.class, Api::fetch)).isEqualTo(outcome(3, ofMillis(100), ofMillis(200)));
    }

    @Test
    @Spec({"2.5", "5.1", "5.4"})
    void maxTimeFromConfigCutsTheLastWait() {
        TckConfig.set(FETCH + "maxTries", "0");
        TckConfig.set(FETCH + "maxTime", "2.5s");

        assertThat(callOnce(Api.class, Api::fetch)).isEqualTo(outcome(3, ofSeconds(1), ofMillis(1500)));
    }

    @Test
    @Spec("5.1")
    void globalEnabledFalseRunsOnce() {
        TckConfig.set("Backoff/enabled", "false");

        assertThat(callOnce(Api.class, Api::fetch)).isEqualTo(outcome(1));
    }

    @Test
    @Spec({"5.1", "5.2"})
    void siteEnabledTrueBeatsGlobalFalse() {
        TckConfig.set("Backoff/enabled", "false");
        TckConfig.set(FETCH + "enabled", "true");

        assertThat(callOnce(Api.class, Api::fetch).calls()).isEqualTo(2);
    }

    @Test
    @Spec("5.1")
    void onFromConfigReplacesTheAnnotationsExceptions() {
        TckConfig.set(FETCH + "on", "java.lang.IllegalStateException");

        assertThat(callOnce(Api.class, Api::fetch)).isEqualTo(outcome(1));
    }

    @Test
    @Spec("5.1")
    void abortOnFromConfigEndsTheCallAtOnce() {
        TckConfig.set(FETCH + "abortOn", "java.lang.IllegalStateException, java.io.IOException");

        assertThat(callOnce(Api.class, Api::fetch)).isEqualTo(outcome(1));
    }

    /** The class is the application's own: it is loaded as the application's classes are, not as the library's. */
    @Test
    @Spec("5.1")
    void onFromConfigNamesAnExceptionOfTheApplication() {
        TckConfig.set(OwnApi.class.getName() + "/fetch/Backoff/on", Unavailable.class.getName());

        assertThat(callOnce(OwnApi.class, OwnApi::fetch)).isEqualTo(outcome(2, ofSeconds(1)));
    }

    /** Every container, Helidon's config among them, which asks its sources again at each lookup. */
    @Test
    @Spec("5.5")
    void aValueChangedAfterStartChangesNothing() throws Exception {
        TckConfig.set(FETCH + "maxTries", "3");
        try (Deployed deployed = Tck.start(Api.class)) {
            Api api = deployed.get(Api.class);
            assertThatThrownBy(api::fetch).hasMessage("attempt 3");

            TckConfig.set(FETCH + "maxTries", "5");
            TckConfig.set(FETCH + "enabled", "false");

            assertThatThrownBy(api::fetch).as("3 more attempts, as at startup").hasMessage("attempt 6");
        }
    }

    private static Failing.Outcome outcome(int calls, Duration... waits) {
        return new Failing.Outcome(calls, List.of(waits));
    }

    public static class Api extends Failing {
        @Backoff(name = "payments", on = IOException.class, maxTries = 2, jitter = Jitter.NONE)
        public String fetch() throws IOException {
            throw failure();
        }
    }

    /** An exception of the application's own, as config names it. */
    public static class Unavailable extends IOException {
        Unavailable(String message) {
            super(message);
        }
    }

    public static class OwnApi extends Failing {
        @Backoff(on = IllegalStateException.class, maxTries = 2, jitter = Jitter.NONE)
        public String fetch() throws IOException {
            throw new Unavailable(failure().getMessage());
        }
    }

    @Backoff(maxTries = 2, jitter = Jitter.NONE)
    public static class ClassApi extends Failing {
        public String load() throws IOException {
            throw failure();
        }
    }
}
