package dev.backoff.internal.policy;

import dev.backoff.Backoff;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.backoff.internal.policy.ReaderHarness.onMethod;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 5.5: the keys of the Backoff namespace that name nothing in a deployment. */
class ConfigKeysTest {

    private static final String API = Api.class.getName();

    private final ConfigKeys keys = new ConfigKeys(List.of(onMethod(Api.class, "fetch"),
            onMethod(Api.class, "stacked")), Set.of("inventory"));

    @Test
    void theKeysOfTheDeploymentAndOtherNamespacesAreFine() {
        ConfigKeys.Found found = keys.check(List.of("Backoff/maxTries", "Backoff/payments/maxTime",
                API + "/fetch/Backoff/jitter", API + "/stacked/Backoff/inner/factor", "quarkus.http.port",
                "mp.fault.tolerance.Retry/maxRetries"), List.of("PATH", "BACKOFF_MAXTRIES",
                "BACKOFF_PAYMENTS_ENABLED", "DEV_BACKOFF_INTERNAL_POLICY_CONFIGKEYSTEST_API_FETCH_BACKOFF_UNIT"));

        assertThat(found.problems()).isEmpty();
        assertThat(found.warnings()).isEmpty();
    }

    @Test
    void aMisspelledMemberIsAProblemNamingTheClosest() {
        ConfigKeys.Found found = keys.check(List.of("Backoff/maxtrys", API + "/fetch/Backoff/jiter"), List.of());

        assertThat(found.problems()).extracting(Problem::line).containsExactly(
                "config: key Backoff/maxtrys names no member a key can set; accepted: the closest, maxTries, or another"
                        + " of " + Members.configurable(),
                "config: key " + API + "/fetch/Backoff/jiter names no member a key can set; accepted: the closest,"
                        + " jitter, or another of " + Members.configurable());
    }

    @Test
    void theClosestMemberIsTheOneFewestEditsAway() {
        ConfigKeys.Found found = keys.check(List.of("Backoff/bse", "Backoff/intervl", "Backoff/minvalu"), List.of());

        assertThat(found.problems()).extracting(Problem::line).satisfiesExactly(
                p -> assertThat(p).contains("the closest, base, "),
                p -> assertThat(p).contains("the closest, interval, "),
                p -> assertThat(p).contains("the closest, minValue, "));
    }

    /** At most class, method, Backoff, name, member: a key with the namespace deeper in it is not one of its keys. */
    @Test
    void theNamespaceIsAtMostTwoSegmentsDeep() {
        ConfigKeys.Found found = keys.check(List.of("a/b/c/Backoff/maxTries", "a/Backoff/maxTries"), List.of());

        assertThat(found.problems()).isEmpty();
        assertThat(found.warnings()).singleElement().asString().startsWith("Config key a/Backoff/maxTries sets maxTries");
    }

    @Test
    void aSiteOrNameOfAnotherApplicationIsAWarning() {
        ConfigKeys.Found found = keys.check(List.of(API + "/other/Backoff/maxTries", "Backoff/refunds/maxTries",
                API + "/stacked/Backoff/maxTries"), List.of("BACKOFF_REFUNDS_MAXTRIES"));

        assertThat(found.problems()).isEmpty();
        assertThat(found.warnings()).hasSize(4);
        assertThat(found.warnings().get(0)).startsWith("Config key " + API + "/other/Backoff/maxTries sets maxTries for a "
                + "site this application does not have");
        assertThat(found.warnings().get(1)).startsWith("Config key Backoff/refunds/maxTries sets maxTries for a policy "
                + "name this application does not have");
        assertThat(found.warnings().get(3))
                .startsWith("Environment variable BACKOFF_REFUNDS_MAXTRIES looks like a backoff-cdi config key");
    }

    /** SPEC 10.2. */
    @Test
    void theSettingsOfABudgetAPolicyNamesAreFine() {
        ConfigKeys.Found found = keys.check(List.of("Backoff/budget/inventory/ratio",
                "Backoff/budget/inventory/minPerSecond", "Backoff/budget/inventory/window"),
                List.of("BACKOFF_BUDGET_INVENTORY_WINDOW"));

        assertThat(found.problems()).isEmpty();
        assertThat(found.warnings()).isEmpty();
    }

    @Test
    void aMisspelledBudgetSettingIsAProblemNamingTheClosest() {
        ConfigKeys.Found found = keys.check(List.of("Backoff/budget/inventory/minPerSec"), List.of());

        assertThat(found.problems()).extracting(Problem::line).containsExactly("config: key"
                + " Backoff/budget/inventory/minPerSec names no setting of a retry budget; accepted: the closest,"
                + " minPerSecond, or another of [ratio, minPerSecond, window]");
    }

    @Test
    void theSettingsOfABudgetNoPolicyNamesAreAWarning() {
        ConfigKeys.Found found = keys.check(List.of("Backoff/budget/payments/ratio"),
                List.of("BACKOFF_BUDGET_PAYMENTS_RATIO"));

        assertThat(found.problems()).isEmpty();
        assertThat(found.warnings()).containsExactly("Config key Backoff/budget/payments/ratio sets ratio for a retry"
                + " budget no policy of this application names; it is not used here (config shared with another"
                + " application?)", "Environment variable BACKOFF_BUDGET_PAYMENTS_RATIO looks like a backoff-cdi"
                + " config key, but is the form of none of this application's keys; it is not used here");
    }

    @Test
    void environmentVariablesAreTheMicroProfileFormOfKeys() {
        assertThat(ConfigKeys.environmentVariable("com.acme.Api$Inner/fetch/Backoff/maxTries"))
                .isEqualTo("COM_ACME_API_INNER_FETCH_BACKOFF_MAXTRIES");
    }

    public static class Api {
        @Backoff(name = "payments")
        public void fetch() {
        }

        @Backoff(name = "outer")
        @Backoff(name = "inner")
        public void stacked() {
        }
    }
}
