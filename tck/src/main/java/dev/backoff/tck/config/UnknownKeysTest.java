package dev.backoff.tck.config;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import dev.backoff.tck.TckConfig;
import dev.backoff.tck.support.LogCapture;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC 5.5: no key of the Backoff namespace is silently ignored. A key that names no member fails the deployment,
 * naming the closest member; a key of a site, or a policy name, this application does not have, and an environment
 * variable in the form of a key that matches none, each get one warning (config may be shared by several
 * applications); a key of a site for a member its policy never uses fails the deployment, saying what uses it.
 */
@Spec("5.5")
class UnknownKeysTest {

    private static final String SITE = Api.class.getName() + "/fetch/Backoff/";

    @ParameterizedTest(name = "{displayName}: {0}")
    @ValueSource(strings = {"Backoff/maxTrys", "Backoff/payments/maxTrys",
            "dev.backoff.tck.config.UnknownKeysTest$Api/fetch/Backoff/maxTrys"})
    void aKeyThatNamesNoMemberFailsTheDeploymentNamingTheClosestOne(String key) {
        TckConfig.set(key, "3");

        assertThat(Tck.deploymentFailure(Api.class)).contains("config: key " + key + " names no member a key can set;"
                + " accepted: the closest, maxTries, or another of [");
    }

    @Test
    void aKeyOfAnotherApplicationsSiteOrNameIsOnlyWarnedAbout() throws IOException {
        TckConfig.set("com.acme.Elsewhere/fetch/Backoff/maxTries", "3");
        TckConfig.set("Backoff/elsewhere/maxTries", "4");
        try (LogCapture log = new LogCapture(); Deployed deployed = Tck.start(Api.class)) {
            assertThatThrownBy(deployed.get(Api.class)::fetch).hasMessage("down 2");

            assertThat(log.messages(Level.WARNING)).contains(
                    "Config key com.acme.Elsewhere/fetch/Backoff/maxTries sets maxTries for a site this application"
                            + " does not have; it is not used here (config shared with another application?)",
                    "Config key Backoff/elsewhere/maxTries sets maxTries for a policy name this application does not"
                            + " have; it is not used here (config shared with another application?)");
        }
    }

    /** The runners set BACKOFF_ENVPOLICY_MAXTRIES for EnvironmentVariableConfigTest; Api has no policy envpolicy. */
    @Test
    void anEnvironmentVariableOfNoKeyOfThisApplicationIsWarnedAbout() {
        try (LogCapture log = new LogCapture(); Deployed deployed = Tck.start(Api.class)) {
            assertThat(log.messages(Level.WARNING)).contains("Environment variable BACKOFF_ENVPOLICY_MAXTRIES looks like"
                    + " a backoff-cdi config key, but is the form of none of this application's keys; it is not used"
                    + " here");
        }
    }

    @Test
    void aSiteKeyForAMemberThePolicyNeverUsesFailsTheDeployment() {
        TckConfig.set(SITE + "interval", "2s");

        assertThat(Tck.deploymentFailure(Api.class)).contains("config key " + SITE + "interval = \"2s\" sets interval,"
                + " which this policy never uses: only CONSTANT waits use it");
    }

    @ApplicationScoped
    public static class Api {
        private int calls;

        @Backoff(on = IOException.class, maxTries = 2, jitter = Jitter.NONE)
        public String fetch() throws IOException {
            throw new IOException("down " + ++calls);
        }
    }
}
