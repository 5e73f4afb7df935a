package dev.backoff;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RetryAfter} over random times and numbers: a date written in any of RFC 9110's three formats (by
 * {@link HttpDates}, from the RFC's grammar) reads back as the time from now until it, to the second, or ZERO when it
 * is past; every delta-seconds reads as that many seconds; a rate-limit reset reads as seconds or as a time since the
 * epoch; signed, decimal and other text reads as nothing.
 */
class RetryAfterPropertiesTest {

    /** The times a four-digit year can write. */
    private static final long FIRST_SECOND = LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long LAST_SECOND = LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);

    /** Less than any 100 years (36,524 days): an RFC 850 date this far before the bound is still in its window. */
    private static final long CENTURY_SECONDS = 36_524L * 86_400 - 1;
    /** Less than 49 years. */
    private static final long SHORT_OF_49_YEARS = 49L * 365 * 86_400;

    private static final Duration LONGEST = Duration.ofSeconds(Long.MAX_VALUE);

    @Property
    void anImfFixdateReadsAsTheTimeUntilIt(@ForAll("dates") LocalDateTime date, @ForAll("nows") Instant now) {
        assertThat(RetryAfter.parse(HttpDates.imfFixdate(date), now)).contains(until(date, now));
    }

    @Property
    void anAsctimeDateReadsAsTheTimeUntilIt(@ForAll("dates") LocalDateTime date, @ForAll("nows") Instant now) {
        assertThat(RetryAfter.parse(HttpDates.asctime(date), now)).contains(until(date, now));
    }

    /** Any date of the 100 years that end 50 years after now, which is what a two-digit year can say. */
    @Property
    void anRfc850DateReadsAsTheTimeUntilIt(@ForAll("centuryNows") Instant now,
                                           @ForAll @LongRange(min = 0, max = CENTURY_SECONDS) long beforeTheBound) {
        LocalDateTime date = LocalDateTime.ofInstant(now, ZoneOffset.UTC).withNano(0).plusYears(50)
                .minusSeconds(beforeTheBound);
        assertThat(RetryAfter.parse(HttpDates.rfc850(date), now)).contains(until(date, now));
    }

    @Property
    void aDateNotAfterNowIsZeroInEveryFormat(@ForAll("centuryDates") LocalDateTime date,
                                              @ForAll @LongRange(min = 0, max = SHORT_OF_49_YEARS) long secondsLater,
                                              @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
        Instant now = date.toInstant(ZoneOffset.UTC).plusSeconds(secondsLater).plusNanos(nanos);
        for (Function<LocalDateTime, String> format : HttpDates.FORMATS) {
            assertThat(RetryAfter.parse(format.apply(date), now)).as(format.apply(date)).contains(Duration.ZERO);
        }
    }

    @Property
    void everyDeltaSecondsReadsAsThatManySeconds(@ForAll @LongRange(min = 0) long seconds,
                                                  @ForAll("spaces") String before, @ForAll("spaces") String after,
                                                  @ForAll @IntRange(max = 3) int zeros, @ForAll("nows") Instant now) {
        String value = before + "0".repeat(zeros) + seconds + after;
        assertThat(RetryAfter.parse(value, now)).contains(Duration.ofSeconds(seconds));
    }

    @Property
    void aResetOfAtMostOneBillionIsThatManySeconds(@ForAll @LongRange(min = 0, max = 1_000_000_000) long seconds,
                                                   @ForAll("nows") Instant now) {
        assertThat(RetryAfter.parseReset(Long.toString(seconds), now)).contains(Duration.ofSeconds(seconds));
    }

    @Property
    void aResetAboveOneBillionIsTheTimeUntilThatEpochSecond(
            @ForAll @LongRange(min = 1_000_000_001) long epochSecond, @ForAll("nows") Instant now) {
        // exact arithmetic, whatever the sizes: then - now, at least zero, at most the longest Duration of whole seconds
        BigDecimal wait = BigDecimal.valueOf(epochSecond)
                .subtract(BigDecimal.valueOf(now.getEpochSecond()).add(BigDecimal.valueOf(now.getNano(), 9)));
        Duration expected = wait.signum() <= 0 ? Duration.ZERO
                : wait.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? LONGEST
                : Duration.ofSeconds(wait.longValue(), wait.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        assertThat(RetryAfter.parseReset(Long.toString(epochSecond), now)).contains(expected);
    }

    @Property
    void aNegativeNumberIsEmpty(@ForAll @LongRange(min = 0) long magnitude, @ForAll("nows") Instant now) {
        assertThat(RetryAfter.parse("-" + magnitude, now)).isEmpty();
        assertThat(RetryAfter.parseReset("-" + magnitude, now)).isEmpty();
    }

    @Property
    void aDecimalNumberIsEmpty(@ForAll @LongRange(min = 0) long whole, @ForAll @LongRange(min = 0) long fraction,
                               @ForAll("nows") Instant now) {
        for (String value : new String[] {whole + "." + fraction, whole + ".", "." + fraction}) {
            assertThat(RetryAfter.parse(value, now)).as(value).isEmpty();
            assertThat(RetryAfter.parseReset(value, now)).as(value).isEmpty();
        }
    }

    /** Random text is neither digits nor one of the dates: jqwik's strings are nowhere near a date's shape. */
    @Property
    void otherTextIsEmpty(@ForAll("garbage") String value, @ForAll("nows") Instant now) {
        assertThat(RetryAfter.parse(value, now)).isEmpty();
        assertThat(RetryAfter.parseReset(value, now)).isEmpty();
    }

    @Provide
    Arbitrary<LocalDateTime> dates() {
        return Arbitraries.longs().between(FIRST_SECOND, LAST_SECOND)
                .map(second -> LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC));
    }

    /** Dates whose 50 years after still have four-digit years. */
    @Provide
    Arbitrary<LocalDateTime> centuryDates() {
        return Arbitraries.longs().between(FIRST_SECOND, LAST_SECOND - 2 * CENTURY_SECONDS)
                .map(second -> LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC));
    }

    /** Any time, to the nanosecond, from before the year 0 to after 9999. */
    @Provide
    Arbitrary<Instant> nows() {
        return Combinators.combine(Arbitraries.longs().between(FIRST_SECOND - CENTURY_SECONDS,
                        LAST_SECOND + CENTURY_SECONDS), Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
    }

    /** Times whose window of two-digit years, 50 years ahead and 50 back, has four-digit years. */
    @Provide
    Arbitrary<Instant> centuryNows() {
        return Combinators.combine(Arbitraries.longs().between(FIRST_SECOND + CENTURY_SECONDS,
                        LAST_SECOND - CENTURY_SECONDS), Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.strings().withChars(' ', '\t').ofMaxLength(3);
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.strings().all().ofMaxLength(40).filter(s -> !s.strip().matches("[0-9]+"));
    }

    private static Duration until(LocalDateTime date, Instant now) {
        Duration wait = Duration.between(now, date.toInstant(ZoneOffset.UTC));
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}
