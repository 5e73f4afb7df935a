package dev.backoff.spi;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A budget's settings are checked when made: each refusal names the setting, its value and what is accepted. */
class BudgetSettingsTest {

    private static final Duration WINDOW = Duration.ofSeconds(10);

    @Test
    void zeroRatioAndFloorAreAccepted() {
        BudgetSettings none = new BudgetSettings(0, 0, Duration.ofNanos(1));
        assertThat(none.minRetries()).isZero();
    }

    @Test
    void theFloorIsMinPerSecondTimesTheWindowInSeconds() {
        assertThat(new BudgetSettings(0.2, 10, WINDOW).minRetries()).isEqualTo(100);
        assertThat(new BudgetSettings(0.2, 3, Duration.ofMillis(500)).minRetries()).isEqualTo(1.5);
    }

    @Test
    void aNegativeRatioIsRefused() {
        assertThatThrownBy(() -> new BudgetSettings(-0.5, 10, WINDOW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("retry budget setting ratio = -0.5 is out of range; accepted: a finite number >= 0");
    }

    @Test
    void aRatioThatIsNotANumberOrInfiniteIsRefused() {
        assertThatThrownBy(() -> new BudgetSettings(Double.NaN, 10, WINDOW)).hasMessageContaining("ratio = NaN");
        assertThatThrownBy(() -> new BudgetSettings(Double.POSITIVE_INFINITY, 10, WINDOW))
                .hasMessageContaining("ratio = Infinity");
    }

    @Test
    void aNegativeOrInfiniteMinPerSecondIsRefused() {
        assertThatThrownBy(() -> new BudgetSettings(0.2, -1, WINDOW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("retry budget setting minPerSecond = -1.0 is out of range; accepted: a finite number >= 0");
        assertThatThrownBy(() -> new BudgetSettings(0.2, Double.POSITIVE_INFINITY, WINDOW))
                .hasMessageContaining("minPerSecond = Infinity");
    }

    @Test
    void aWindowThatIsZeroNegativeOrTooLongToCountInNanosecondsIsRefused() {
        String accepted = " is out of range; accepted: a duration > 0, at most about 292 years";
        assertThatThrownBy(() -> new BudgetSettings(0.2, 10, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("retry budget setting window = PT0S" + accepted);
        assertThatThrownBy(() -> new BudgetSettings(0.2, 10, Duration.ofSeconds(-1)))
                .hasMessage("retry budget setting window = PT-1S" + accepted);
        assertThatThrownBy(() -> new BudgetSettings(0.2, 10, Duration.ofDays(365L * 300)))
                .hasMessage("retry budget setting window = PT2628000H" + accepted);
        assertThat(new BudgetSettings(0.2, 10, Duration.ofNanos(Long.MAX_VALUE)).windowNanos())
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aMissingWindowIsRefusedByName() {
        assertThatThrownBy(() -> new BudgetSettings(0.2, 10, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("retry budget setting window");
    }
}
