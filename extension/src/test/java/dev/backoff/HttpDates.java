package dev.backoff;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The three HTTP-date formats of RFC 9110 section 5.6.7, written from its grammar (its own lists of day and month
 * names), independently of {@link RetryAfter}'s formatters, so that the tests check those against the RFC.
 */
final class HttpDates {

    private static final String[] DAY_NAMES = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] DAY_NAMES_L = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
            "Dec"};

    static final List<Function<LocalDateTime, String>> FORMATS = List.of(HttpDates::imfFixdate, HttpDates::rfc850,
            HttpDates::asctime);

    private HttpDates() {
    }

    /** {@code Sun, 06 Nov 1994 08:49:37 GMT} */
    static String imfFixdate(LocalDateTime t) {
        return String.format(Locale.ROOT, "%s, %02d %s %04d %s GMT", DAY_NAMES[t.getDayOfWeek().ordinal()],
                t.getDayOfMonth(), month(t), t.getYear(), time(t));
    }

    /** {@code Sunday, 06-Nov-94 08:49:37 GMT} */
    static String rfc850(LocalDateTime t) {
        return String.format(Locale.ROOT, "%s, %02d-%s-%02d %s GMT", DAY_NAMES_L[t.getDayOfWeek().ordinal()],
                t.getDayOfMonth(), month(t), t.getYear() % 100, time(t));
    }

    /** {@code Sun Nov  6 08:49:37 1994} */
    static String asctime(LocalDateTime t) {
        return String.format(Locale.ROOT, "%s %s %2d %s %04d", DAY_NAMES[t.getDayOfWeek().ordinal()], month(t),
                t.getDayOfMonth(), time(t), t.getYear());
    }

    private static String month(LocalDateTime t) {
        return MONTHS[t.getMonthValue() - 1];
    }

    private static String time(LocalDateTime t) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
    }
}
