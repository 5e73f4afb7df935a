package dev.backoff.config;

import dev.backoff.testing.TestConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.backoff.config.Failing.callOnce;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 5.3: real environment variables, set on the test JVM by surefire (extension/pom.xml), beat annotations. */
class EnvironmentVariableConfigTest {

    @AfterEach
    void clearConfig() {
        TestConfig.clear();
    }

    @Test
    void siteKeyAsEnvironmentVariableBeatsTheAnnotation() {
        assertThat(System.getenv("DEV_BACKOFF_CONFIG_ENVAPI_FETCH_BACKOFF_MAXTRIES")).as("set in extension/pom.xml")
                .isEqualTo("3");

        assertThat(callOnce(EnvApi.class, EnvApi::fetch).calls()).isEqualTo(3);
    }

    @Test
    void policyKeysAsEnvironmentVariablesBeatTheAnnotation() {
        assertThat(System.getenv("BACKOFF_ENVPOLICY_MAXTRIES")).as("set in extension/pom.xml").isEqualTo("2");
        assertThat(System.getenv("BACKOFF_ENVPOLICY_INTERVAL")).as("set in extension/pom.xml").isEqualTo("250ms");

        Failing.Outcome outcome = callOnce(EnvApi.class, EnvApi::charge);

        assertThat(outcome.calls()).isEqualTo(2);
        assertThat(outcome.waits()).containsExactly(Duration.ofMillis(250));
    }

    /** The environment is one source among others: a source of higher ordinal still wins. */
    @Test
    void higherOrdinalSourceBeatsTheEnvironment() {
        TestConfig.set(EnvApi.class.getName() + "/fetch/Backoff/maxTries", "4");

        assertThat(callOnce(EnvApi.class, EnvApi::fetch).calls()).isEqualTo(4);
    }
}
