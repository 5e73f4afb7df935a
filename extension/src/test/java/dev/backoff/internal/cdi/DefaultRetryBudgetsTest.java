package dev.backoff.internal.cdi;

import dev.backoff.spi.BudgetSettings;
import dev.backoff.spi.RetryBudget;
import dev.backoff.testing.VirtualTime;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default store: one budget per name, on the container's clock. */
class DefaultRetryBudgetsTest {

    private static final BudgetSettings ONE_PER_WINDOW = new BudgetSettings(0, 0.1, Duration.ofSeconds(10));

    private final VirtualTime time = new VirtualTime();
    private final DefaultRetryBudgets budgets = new DefaultRetryBudgets(time);

    @Test
    void aNameHasOneBudgetSharedByAllWhoAskForIt() {
        RetryBudget payments = budgets.budget("payments", ONE_PER_WINDOW);
        assertThat(budgets.budget("payments", ONE_PER_WINDOW)).isSameAs(payments);

        assertThat(payments.tryWithdraw()).isTrue();
        assertThat(budgets.budget("payments", ONE_PER_WINDOW).tryWithdraw()).as("spent through the first").isFalse();
    }

    @Test
    void budgetsOfOtherNamesAreSpentApart() {
        assertThat(budgets.budget("payments", ONE_PER_WINDOW).tryWithdraw()).isTrue();
        assertThat(budgets.budget("search", ONE_PER_WINDOW).tryWithdraw()).isTrue();
    }

    @Test
    void budgetsRunOnTheClockBean() {
        RetryBudget payments = budgets.budget("payments", ONE_PER_WINDOW);
        assertThat(payments.tryWithdraw()).isTrue();
        time.advance(Duration.ofSeconds(11)); // past the window and the slot after it
        assertThat(payments.tryWithdraw()).isTrue();
    }

    @Test
    void aNameAskedForAgainWithOtherSettingsIsRefused() {
        budgets.budget("payments", ONE_PER_WINDOW);
        BudgetSettings other = new BudgetSettings(0.5, 0.1, Duration.ofSeconds(10));
        assertThatThrownBy(() -> budgets.budget("payments", other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("retry budget payments has settings " + ONE_PER_WINDOW + " already; asked again with "
                        + other);
    }
}
