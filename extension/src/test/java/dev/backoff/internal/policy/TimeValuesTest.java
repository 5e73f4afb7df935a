package dev.backoff.internal.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** SPEC 5.4: the forms a time value takes in config, in nanoseconds. */
class TimeValuesTest {

    @ParameterizedTest(name = "{0} in {1} = {2} ns")
    @CsvSource(delimiter = ';', value = {
            "2.5; SECONDS; 2.5e9",
            "2.5; MILLIS; 2.5e6",
            "3; MINUTES; 180e9",
            "1; HALF_DAYS; 43200e9",
            "0; SECONDS; 0",
            ".5; SECONDS; 0.5e9",
            "1e3; MILLIS; 1e9",
            "250ms; SECONDS; 250e6",
            "250 ms; HOURS; 250e6",
            "1.5s; MILLIS; 1.5e9",
            "2m; SECONDS; 120e9",
            "1h; SECONDS; 3600e9",
            "1d; SECONDS; 86400e9",
            "10us; SECONDS; 10e3",
            "10µs; SECONDS; 10e3",
            "5ns; SECONDS; 5",
            "PT30S; MILLIS; 30e9",
            "pt1m30s; SECONDS; 90e9",
            "PT0.25S; SECONDS; 250e6",
            "P1D; SECONDS; 86400e9",
            "'  7s  '; SECONDS; 7e9",
    })
    void parses(String text, ChronoUnit unit, double nanos) {
        assertThat(TimeValues.parse(text, TimeValues.nanosPer(unit))).isCloseTo(nanos, within(1e-6 * Math.max(1, nanos)));
    }

    /** The range is the caller's to check: negative values come back negative. */
    @ParameterizedTest
    @ValueSource(strings = {"-1", "-1s", "PT-1S", "-PT1S"})
    void negativeValuesParseAsNegative(String text) {
        assertThat(TimeValues.parse(text, TimeValues.nanosPer(ChronoUnit.SECONDS))).isEqualTo(-1e9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "s", "ms", "1 minute", "1.5.2", "1,5", "PT", "P", "5x", "1s2", "Infinity", "NaN",
            "0x10", "1sec", "PT99999999999999999H", "P1W"})
    void refusesWhatIsNoTimeValue(String text) {
        assertThatThrownBy(() -> TimeValues.parse(text, TimeValues.nanosPer(ChronoUnit.SECONDS))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Times are counted in whole nanoseconds, at most Long.MAX_VALUE: 2^63 is the first double past it. */
    @Test
    void aTimeOverflowsFromTwoToTheSixtyThirdNanoseconds() {
        assertThat(TimeValues.overflow(0x1p63)).contains("overflows");
        assertThat(TimeValues.overflow(Math.nextDown(0x1p63))).as("the largest double below it").isNull();
        assertThat(TimeValues.overflow(Double.POSITIVE_INFINITY)).isNotNull();
    }
}
