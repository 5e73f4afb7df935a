package dev.backoff.internal.policy;

import dev.backoff.spi.BudgetSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 10.2: a retry budget's settings, read from its keys, each checked by BudgetSettings's own rules. */
class BudgetKeysTest {

    private final ReaderHarness config = new ReaderHarness();
    private final List<Problem> problems = new ArrayList<>();

    @Test
    void withoutKeysABudgetHasTheDefaults() {
        assertThat(read("inventory")).isEqualTo(new BudgetSettings(0.2, 10, Duration.ofSeconds(10)));
        assertThat(problems).isEmpty();
    }

    @Test
    void eachSettingHasItsKey() {
        config.set("Backoff/budget/inventory/ratio", "0.5").set("Backoff/budget/inventory/minPerSecond", "2")
                .set("Backoff/budget/inventory/window", "1m").set("Backoff/budget/other/ratio", "0.9");

        assertThat(read("inventory")).isEqualTo(new BudgetSettings(0.5, 2, Duration.ofMinutes(1)));
        assertThat(problems).isEmpty();
    }

    @Test
    void aPlainWindowIsInSeconds() {
        config.set("Backoff/budget/inventory/window", "2.5");

        assertThat(read("inventory").window()).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void aValueThatDoesNotParseSaysWhatIsAccepted() {
        config.set("Backoff/budget/inventory/ratio", "half").set("Backoff/budget/inventory/window", "soon");

        assertThat(read("inventory")).isEqualTo(BudgetSettings.DEFAULTS);
        assertThat(problems).extracting(Problem::line).containsExactly(
                "config: config key Backoff/budget/inventory/ratio = \"half\" is not valid; accepted: a decimal"
                        + " number",
                "config: config key Backoff/budget/inventory/window = \"soon\" is not valid; accepted: a number of"
                        + " seconds, a number with a unit (ns, us, ms, s, m, h, d, for example 250ms or 1.5s) or an"
                        + " ISO-8601 duration such as PT30S");
    }

    @Test
    void aValueOutOfRangeSaysTheRangeOfBudgetSettings() {
        config.set("Backoff/budget/inventory/minPerSecond", "-1").set("Backoff/budget/inventory/window", "0");

        read("inventory");

        assertThat(problems).extracting(Problem::line).containsExactly(
                "config: config key Backoff/budget/inventory/minPerSecond = \"-1\" is not valid: retry budget setting"
                        + " minPerSecond = -1.0 is out of range; accepted: a finite number >= 0",
                "config: config key Backoff/budget/inventory/window = \"0\" is not valid: retry budget setting window"
                        + " = PT0S is out of range; accepted: a duration > 0, at most about 292 years");
    }

    @Test
    void aValueFromAnEnvironmentVariableNamesIt() {
        config.setFromEnvironment("Backoff/budget/inventory/ratio", "BACKOFF_BUDGET_INVENTORY_RATIO", "x");

        read("inventory");

        assertThat(problems).singleElement().extracting(Problem::subject)
                .isEqualTo("config key Backoff/budget/inventory/ratio = \"x\" (environment variable"
                        + " BACKOFF_BUDGET_INVENTORY_RATIO)");
    }

    private BudgetSettings read(String budget) {
        return BudgetKeys.read(budget, config, problems);
    }
}
