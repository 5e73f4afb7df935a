package dev.backoff.tck.config;

import dev.backoff.tck.Spec;
import dev.backoff.tck.TckConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.backoff.tck.config.Failing.callOnce;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC 5.3: real environment variables, set on the test JVM by the runner (tck/runner/pom.xml), beat annotations.
 * Each test first checks that the variables it relies on are really set: without them it fails.
 */
@Spec("5.3")
class EnvironmentVariableConfigTest {

    @Test
    void siteKeyAsEnvironmentVariableBeatsTheAnnotation() {
        assertThat(System.getenv("DEV_BACKOFF_TCK_CONFIG_ENVAPI_FETCH_BACKOFF_MAXTRIES"))
                .as("set in tck/runner/pom.xml").isEqualTo("3");

        assertThat(callOnce(EnvApi.class, EnvApi::fetch).calls()).isEqualTo(3);
    }

    @Test
    void policyKeysAsEnvironmentVariablesBeatTheAnnotation() {
        assertThat(System.getenv("BACKOFF_ENVPOLICY_MAXTRIES")).as("set in tck/runner/pom.xml").isEqualTo("2");
        assertThat(System.getenv("BACKOFF_ENVPOLICY_INTERVAL")).as("set in tck/runner/pom.xml").isEqualTo("250ms");

        Failing.Outcome outcome = callOnce(EnvApi.class, EnvApi::charge);

        assertThat(outcome.calls()).isEqualTo(2);
        assertThat(outcome.waits()).containsExactly(Duration.ofMillis(250));
    }

    /** The environment is one source among others: a source of higher ordinal still wins. */
    @Test
    void higherOrdinalSourceBeatsTheEnvironment() {
        assertThat(System.getenv("DEV_BACKOFF_TCK_CONFIG_ENVAPI_FETCH_BACKOFF_MAXTRIES"))
                .as("set in tck/runner/pom.xml").isEqualTo("3");
        TckConfig.set(EnvApi.class.getName() + "/fetch/Backoff/maxTries", "4");

        assertThat(callOnce(EnvApi.class, EnvApi::fetch).calls()).isEqualTo(4);
    }
}
