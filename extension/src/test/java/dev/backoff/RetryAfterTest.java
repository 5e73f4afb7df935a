package dev.backoff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static dev.backoff.HttpDates.rfc850;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * {@link RetryAfter}, case by case: RFC 9110's own examples (sections 5.6.7 and 10.2.3), the two-digit year's window,
 * saturation, and what is not a value. {@link RetryAfterPropertiesTest} checks the same rules over random times.
 */
class RetryAfterTest {

    /** Two minutes before RFC 9110's example date, Sun, 06 Nov 1994 08:49:37 GMT. */
    private static final Instant BEFORE_EXAMPLE = Instant.parse("1994-11-06T08:47:37Z");
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Duration LONGEST = Duration.ofSeconds(Long.MAX_VALUE);

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994"})
    void theThreeFormatsOfRfc9110Section567AreTheSameTime(String date) {
        assertThat(RetryAfter.parse(date, BEFORE_EXAMPLE)).contains(Duration.ofMinutes(2));
    }

    @Test
    void rfc9110Section1023Examples() {
        assertThat(RetryAfter.parse("Fri, 31 Dec 1999 23:59:59 GMT", Instant.parse("1999-12-31T23:59:00Z")))
                .contains(Duration.ofSeconds(59));
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofSeconds(120));
    }

    @Test
    void asctimeTakesTheDayAsTwoDigitsToo() {
        // RFC 9110: date3 = month SP ( 2DIGIT / ( SP DIGIT ) )
        assertThat(RetryAfter.parse("Sun Nov 06 08:49:37 1994", BEFORE_EXAMPLE)).contains(Duration.ofMinutes(2));
    }

    /** As the JDK's RFC_1123_DATE_TIME writes it, and so Java servers that use it. */
    @Test
    void anImfFixdateMayHaveADayOfOneDigit() {
        assertThat(RetryAfter.parse("Sun, 6 Nov 1994 08:49:37 GMT", BEFORE_EXAMPLE)).contains(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse("Sun, 006 Nov 1994 08:49:37 GMT", BEFORE_EXAMPLE)).isEmpty();
    }

    @Test
    void aDateIsCountedFromNowToTheNanosecond() {
        Instant halfASecondBefore = Instant.parse("1994-11-06T08:49:36.5Z");
        assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", halfASecondBefore)).contains(Duration.ofMillis(500));
    }

    @ParameterizedTest(name = "now {0}")
    @ValueSource(strings = {"1994-11-06T08:49:37Z", "1994-11-06T08:49:37.000000001Z", "1994-11-06T08:49:38Z",
            "2026-12-01T12:00:00Z"})
    void aDateThatIsNotAfterNowIsZero(String now) {
        for (String date : new String[] {"Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT",
                "Sun Nov  6 08:49:37 1994"}) {
            assertThat(RetryAfter.parse(date, Instant.parse(now))).as(date).contains(Duration.ZERO);
        }
    }

    @Test
    void deltaSeconds() {
        assertThat(RetryAfter.parse("0", NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("000120", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" \t120\t ", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("86400", NOW)).contains(Duration.ofDays(1));
    }

    @Test
    void whitespaceAroundADateIsIgnored() {
        assertThat(RetryAfter.parse("  Sun, 06 Nov 1994 08:49:37 GMT\t", BEFORE_EXAMPLE)).contains(Duration.ofMinutes(2));
    }

    @Test
    void aNumberTooLargeForALongSaturates() {
        assertThat(RetryAfter.parse(Long.toString(Long.MAX_VALUE), NOW)).contains(LONGEST);
        assertThat(RetryAfter.parse("9223372036854775808", NOW)).contains(LONGEST);
        assertThat(RetryAfter.parse("99999999999999999999999999999999999999", NOW)).contains(LONGEST);
        assertThat(RetryAfter.parse("9223372036854775806", NOW)).contains(Duration.ofSeconds(Long.MAX_VALUE - 1));
    }

    @Test
    void leadingZerosDoNotSaturate() {
        assertThat(RetryAfter.parse("0".repeat(40) + "7", NOW)).contains(Duration.ofSeconds(7));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\t", "-1", "-0", "+1", "1.5", "1.", ".5", "1,5", "1e3", "0x10", "12 3", "1_000",
            "١٢٠", "１２０", "120s", "PT120S", "soon", "never",
            "sun, 06 Nov 1994 08:49:37 GMT", "Sun, 06 nov 1994 08:49:37 GMT",
            "SUN, 06 NOV 1994 08:49:37 GMT", "Mon, 06 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 06 Nov 1994 08:49:37 +0000", "Sun, 06 Nov 1994 08:49:37", "Sun, 06 Nov 94 08:49:37 GMT",
            "Sun, 06 Nov 01994 08:49:37 GMT", "Sun, 06 Nov 1994 8:49:37 GMT", "Sun, 06 Nov 1994 08:49 GMT",
            "Sun,  06 Nov 1994 08:49:37 GMT", "Sunday, 06 Nov 1994 08:49:37 GMT", "06 Nov 1994 08:49:37 GMT",
            "Tue, 31 Feb 1994 08:49:37 GMT", "Sun, 06 Nov 1994 24:00:00 GMT", "Sun, 06 Nov 1994 08:60:00 GMT",
            "Sun, 06 Nov 1994 08:49:37 GMT x", "Sun, 06 Nov 1994 08:49:37 GMT, Sun, 06 Nov 1994 08:49:37 GMT",
            "Sun, 06-Nov-94 08:49:37 GMT", "Sunday, 06-Nov-1994 08:49:37 GMT", "Sunday, 6-Nov-94 08:49:37 GMT",
            "Monday, 06-Nov-94 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 UTC",
            "Sun Nov 6 08:49:37 1994", "Sun Nov   6 08:49:37 1994", "Sun Nov  6 08:49:37 94", "Mon Nov  6 08:49:37 1994",
            "Sun Nov  6 08:49:37 1994 GMT", "1994-11-06T08:49:37Z"})
    void anythingElseIsEmpty(String value) {
        assertThat(RetryAfter.parse(value, BEFORE_EXAMPLE)).isEmpty();
        assertThat(RetryAfter.parseReset(value, BEFORE_EXAMPLE)).isEmpty();
    }

    @Test
    void nullIsEmptyAndNowIsRequired() {
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
        assertThat(RetryAfter.parseReset(null, NOW)).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> RetryAfter.parse("120", null));
        assertThatNullPointerException().isThrownBy(() -> RetryAfter.parseReset("120", null));
    }

    @Test
    void aTwoDigitYearIsAtMostFiftyYearsAhead() {
        // now 2026-12-01T12:00Z: the bound is 2076-12-01T12:00Z. A date of the century before is in the past, ZERO;
        // each text carries the day name of the date meant, so reading it in the other century would make it empty.
        LocalDateTime bound = LocalDateTime.of(2076, 12, 1, 12, 0);
        assertThat(RetryAfter.parse(rfc850(bound), NOW)).contains(until(bound));
        assertThat(RetryAfter.parse(rfc850(bound.plusSeconds(1).minusYears(100)), NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse(rfc850(LocalDateTime.of(2075, 6, 1, 0, 0)), NOW))
                .contains(until(LocalDateTime.of(2075, 6, 1, 0, 0)));
        assertThat(RetryAfter.parse(rfc850(LocalDateTime.of(2027, 1, 1, 0, 0)), NOW))
                .contains(until(LocalDateTime.of(2027, 1, 1, 0, 0)));
        assertThat(RetryAfter.parse(rfc850(LocalDateTime.of(1977, 1, 1, 0, 0)), NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse(rfc850(LocalDateTime.of(2026, 12, 1, 11, 59, 59)), NOW)).contains(Duration.ZERO);
    }

    @Test
    void aTwoDigitYearTooFarAheadIsReadWithTheDayNameOfTheCenturyBefore() {
        // 1976-12-15 was a Wednesday, 2076-12-15 a Tuesday: only the Wednesday is that date, in 1976
        assertThat(RetryAfter.parse("Wednesday, 15-Dec-76 00:00:00 GMT", NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("Tuesday, 15-Dec-76 00:00:00 GMT", NOW)).isEmpty();
        // and within the bound, only 2076's day name: 2076-01-15 is a Wednesday, 1976-01-15 a Thursday
        assertThat(RetryAfter.parse("Wednesday, 15-Jan-76 00:00:00 GMT", NOW)).isPresent().get()
                .isEqualTo(Duration.between(NOW, Instant.parse("2076-01-15T00:00:00Z")));
        assertThat(RetryAfter.parse("Thursday, 15-Jan-76 00:00:00 GMT", NOW)).isEmpty();
    }

    @Test
    void aTwoDigitYearsTwentyNinthOfFebruaryMustExistInItsCentury() {
        // now 1950-02-01: the bound is 2000-02-01, so 29-Feb-00 is 1900's, which had none
        Instant now = Instant.parse("1950-02-01T00:00:00Z");
        assertThat(RetryAfter.parse("Tuesday, 29-Feb-00 00:00:00 GMT", now)).isEmpty();
        // now 1950-03-01: the bound is 2000-03-01, and 2000-02-29 was a Tuesday
        Instant later = Instant.parse("1950-03-01T00:00:00Z");
        assertThat(RetryAfter.parse("Tuesday, 29-Feb-00 00:00:00 GMT", later)).contains(
                Duration.between(later, Instant.parse("2000-02-29T00:00:00Z")));
    }

    @Test
    void aResetOfAtMostOneBillionIsSeconds() {
        assertThat(RetryAfter.parseReset("0", NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parseReset(" 60 ", NOW)).contains(Duration.ofSeconds(60));
        assertThat(RetryAfter.parseReset("1000000000", NOW)).contains(Duration.ofSeconds(1_000_000_000));
    }

    @Test
    void aResetAboveOneBillionIsATimeSinceTheEpoch() {
        Instant now = Instant.ofEpochSecond(1_700_000_000, 250_000_000);
        assertThat(RetryAfter.parseReset("1700000060", now)).contains(Duration.ofMillis(59_750));
        assertThat(RetryAfter.parseReset("1000000001", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parseReset("1700000000", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parseReset("1000000001", Instant.EPOCH)).contains(Duration.ofSeconds(1_000_000_001));
    }

    @Test
    void aResetTooFarAheadSaturates() {
        Instant beforeTheEpoch = Instant.ofEpochSecond(-5);
        assertThat(RetryAfter.parseReset(Long.toString(Long.MAX_VALUE), beforeTheEpoch)).contains(LONGEST);
        assertThat(RetryAfter.parseReset("99999999999999999999999", NOW)).contains(
                Duration.ofSeconds(Long.MAX_VALUE - NOW.getEpochSecond()));
        assertThat(RetryAfter.parseReset(Long.toString(Long.MAX_VALUE), Instant.MIN)).contains(LONGEST);
    }

    private static Duration until(LocalDateTime date) {
        return Duration.between(NOW, date.toInstant(ZoneOffset.UTC));
    }
}
