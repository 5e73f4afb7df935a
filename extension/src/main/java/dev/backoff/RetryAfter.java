package dev.backoff;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.DAY_OF_WEEK;
import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;
import static java.time.temporal.ChronoField.YEAR;

/**
 * Reads the HTTP response headers in which a server says how long to wait before the next request: {@code Retry-After}
 * ({@link #parse}) and the rate limiters' {@code RateLimit-Reset} and {@code X-RateLimit-Reset} ({@link #parseReset}).
 * For a {@link ServerDelay} of an HTTP client's exception or response, and used by the library itself for the
 * responses it knows.
 *
 * <p>Both methods take the header's value and the current wall-clock time, which a date is counted from, and return
 * the wait: a time in the past is {@link Duration#ZERO}; a {@code null} value, or one that is not of the header's
 * syntax, is empty, never an exception. Leading and trailing whitespace is ignored; letters are case-sensitive, as
 * RFC 9110 defines them. Numbers saturate: a number too large for a {@code long} reads as {@link Long#MAX_VALUE}, and
 * no wait is longer than {@code Duration.ofSeconds(Long.MAX_VALUE)} (so compare it, do not call {@code toNanos()} on
 * it). A server that asks for an absurdly long wait still asked for a long one: read as "no delay said", it would get
 * a retry at once.
 */
public final class RetryAfter {

    /** The longest wait these methods return (saturation). */
    private static final Duration LONGEST = Duration.ofSeconds(Long.MAX_VALUE);

    /** A rate-limit reset above this many seconds (about 31.7 years) is a time: seconds since the epoch. */
    private static final long RESET_EPOCH_ABOVE = 1_000_000_000L;

    /** RFC 9110's two-digit years are read as no more than this many years after now (section 5.6.7). */
    private static final int TWO_DIGIT_YEARS_AHEAD = 50;

    /**
     * RFC 9110 section 5.6.7: {@code Sun, 06 Nov 1994 08:49:37 GMT}, the preferred format; a day of one digit is read
     * too ({@code Tue, 1 Dec 2026 ...}), as the JDK's {@code DateTimeFormatter.RFC_1123_DATE_TIME} writes it, and so do
     * Java servers that use it (RFC 9110 asks recipients to be robust in parsing timestamps).
     */
    private static final DateTimeFormatter IMF_FIXDATE = strict(new DateTimeFormatterBuilder()
            .appendPattern("EEE, ").appendValue(DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE).appendPattern(" MMM ")
            .appendValue(YEAR, 4).appendPattern(" HH:mm:ss 'GMT'"));

    /**
     * RFC 9110 section 5.6.7, obsolete: {@code Sunday, 06-Nov-94 08:49:37 GMT}. Read into its fields only: its year is
     * two digits, whose century depends on now.
     */
    private static final DateTimeFormatter RFC_850 = strict(new DateTimeFormatterBuilder()
            .appendPattern("EEEE, dd-MMM-").appendValue(YEAR, 2).appendPattern(" HH:mm:ss 'GMT'"));

    /** RFC 9110 section 5.6.7, obsolete: {@code Sun Nov  6 08:49:37 1994}; the day is two digits or space and one. */
    private static final DateTimeFormatter ASCTIME = strict(new DateTimeFormatterBuilder()
            .appendPattern("EEE MMM ppd HH:mm:ss ").appendValue(YEAR, 4));

    private RetryAfter() {
    }

    /**
     * Reads a {@code Retry-After} value (RFC 9110 section 10.2.3): delta-seconds ({@code 120}: one or more ASCII
     * digits) or an HTTP-date in any of its three formats (section 5.6.7): IMF-fixdate
     * ({@code Sun, 06 Nov 1994 08:49:37 GMT}), the obsolete RFC 850 format ({@code Sunday, 06-Nov-94 08:49:37 GMT},
     * whose two-digit year is the latest year with those last two digits that is not more than 50 years after
     * {@code now}) and asctime ({@code Sun Nov  6 08:49:37 1994}). A date's day name must be the date's.
     *
     * @param value the header's value; {@code null} when there is none
     * @param now   the current time, which a date is counted from; not {@code null}
     * @return the wait the server asked for; {@link Duration#ZERO} for a date that is not after {@code now}; empty
     *         for {@code null} and for anything else, negative and decimal numbers included
     * @throws NullPointerException when {@code now} is {@code null}
     */
    public static Optional<Duration> parse(String value, Instant now) {
        Objects.requireNonNull(now, "now");
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        long seconds = digits(text);
        if (seconds >= 0) {
            return Optional.of(Duration.ofSeconds(seconds));
        }
        return date(text, now).map(date -> until(date.toEpochSecond(ZoneOffset.UTC), now));
    }

    /**
     * Reads a {@code RateLimit-Reset} or {@code X-RateLimit-Reset} value: one or more ASCII digits, a number of seconds
     * to wait, except that a number above 1,000,000,000 is a time, in seconds since the epoch (as GitHub's
     * {@code X-RateLimit-Reset} is), and the wait is until then.
     *
     * @param value the header's value; {@code null} when there is none
     * @param now   the current time, which a time since the epoch is counted from; not {@code null}
     * @return the wait the server asked for; {@link Duration#ZERO} for a time since the epoch that is not after
     *         {@code now}; empty for {@code null} and for anything else, negative and decimal numbers included
     * @throws NullPointerException when {@code now} is {@code null}
     */
    public static Optional<Duration> parseReset(String value, Instant now) {
        Objects.requireNonNull(now, "now");
        if (value == null) {
            return Optional.empty();
        }
        long number = digits(value.strip());
        if (number < 0) {
            return Optional.empty();
        }
        return Optional.of(number > RESET_EPOCH_ABOVE ? until(number, now) : Duration.ofSeconds(number));
    }

    /** {@code 1*DIGIT} as a number, saturated at {@link Long#MAX_VALUE}; -1 for anything else. */
    private static long digits(String text) {
        if (text.isEmpty()) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // ASCII only: Character.isDigit and Long.parseLong would take other scripts' digits, and a sign
            if (c < '0' || c > '9') {
                return -1;
            }
            int digit = c - '0';
            value = value > (Long.MAX_VALUE - digit) / 10 ? Long.MAX_VALUE : value * 10 + digit;
        }
        return value;
    }

    /** The wait from {@code now} until {@code epochSecond}: never negative, saturated at {@link #LONGEST}. */
    private static Duration until(long epochSecond, Instant now) {
        long nowSecond = now.getEpochSecond();
        // epochSecond - nowSecond overflows only for a 'now' before the epoch and an epochSecond near Long.MAX_VALUE
        if (nowSecond < 0 && epochSecond > Long.MAX_VALUE + nowSecond) {
            return LONGEST;
        }
        Duration wait = Duration.ofSeconds(epochSecond - nowSecond).minusNanos(now.getNano());
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private static Optional<LocalDateTime> date(String text, Instant now) {
        return date(IMF_FIXDATE, text).or(() -> rfc850(text, now)).or(() -> date(ASCTIME, text));
    }

    /**
     * RFC 850's two-digit year: the latest year with those last two digits whose date is not more than
     * {@value #TWO_DIGIT_YEARS_AHEAD} years after {@code now}. The century is found from the fields as written, before
     * the date is made, so that its day name and its 29 February are checked in the year meant.
     */
    private static Optional<LocalDateTime> rfc850(String text, Instant now) {
        ParsePosition position = new ParsePosition(0);
        TemporalAccessor fields = RFC_850.parseUnresolved(text, position);
        if (fields == null || position.getIndex() < text.length()) {
            return Optional.empty();
        }
        LocalDateTime latest = LocalDateTime.ofInstant(now, ZoneOffset.UTC).plusYears(TWO_DIGIT_YEARS_AHEAD);
        int year = latest.getYear() - Math.floorMod(latest.getYear() - fields.get(YEAR), 100);
        try {
            MonthDay day = MonthDay.of(fields.get(MONTH_OF_YEAR), fields.get(DAY_OF_MONTH));
            LocalTime time = LocalTime.of(fields.get(HOUR_OF_DAY), fields.get(MINUTE_OF_HOUR),
                    fields.get(SECOND_OF_MINUTE));
            if (year == latest.getYear() && later(day, time, latest)) {
                year -= 100;
            }
            LocalDateTime date = LocalDateTime.of(LocalDate.of(year, day.getMonth(), day.getDayOfMonth()), time);
            return date.getDayOfWeek() == DayOfWeek.of(fields.get(DAY_OF_WEEK)) ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /** Whether a time of year (29 February included) falls later in its year than {@code bound} does in its own. */
    private static boolean later(MonthDay day, LocalTime time, LocalDateTime bound) {
        MonthDay boundDay = MonthDay.from(bound);
        return day.isAfter(boundDay) || day.equals(boundDay) && time.isAfter(bound.toLocalTime());
    }

    /** English names, ISO dates that exist (no 31 February, no hour 24), and a day name that matches its date. */
    private static DateTimeFormatter strict(DateTimeFormatterBuilder format) {
        return format.toFormatter(Locale.US).withResolverStyle(ResolverStyle.STRICT)
                .withChronology(IsoChronology.INSTANCE);
    }

    private static Optional<LocalDateTime> date(DateTimeFormatter format, String text) {
        try {
            return Optional.of(format.parse(text, LocalDateTime::from));
        } catch (DateTimeParseException notThisFormat) {
            return Optional.empty();
        }
    }
}
