package dev.backoff.internal.policy;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the config form of a time member (SPEC 5.4): a number in the policy's unit ({@code 2.5}), a number with
 * a unit ({@code 250ms}, {@code 1.5s}, {@code 2m}, {@code 1h}, {@code 1d}, {@code 10us}, {@code 5ns}), or an
 * ISO-8601 duration ({@code PT30S}). Results are nanoseconds as a {@code double}, so that fractions of a
 * nanosecond in small units are not lost before the wait sequence multiplies them.
 */
final class TimeValues {

    /** The forms of a time value beyond a plain number, whose unit depends on what it is the time of. */
    static final String WITH_UNIT = "a number with a unit (ns, us, ms, s, m, h, d, for example 250ms or 1.5s) or an"
            + " ISO-8601 duration such as PT30S";
    static final String ACCEPTED = "a number >= 0 in the policy's unit, " + WITH_UNIT;

    private static final Pattern NUMBER_WITH_UNIT =
            Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(ns|us|µs|ms|s|m|h|d)?");

    private TimeValues() {
    }

    /** The largest time a policy holds: {@code Long.MAX_VALUE} nanoseconds, about 292 years. */
    private static final double MAX_NANOS = 0x1p63;

    /**
     * Why {@code nanos} is no time a policy can hold, when it is too large for one: waits and limits are counted in
     * whole nanoseconds, at most {@code Long.MAX_VALUE}; {@code null} when it is not too large.
     */
    static String overflow(double nanos) {
        return Double.isNaN(nanos) || nanos < MAX_NANOS ? null
                : "it overflows the nanoseconds times are counted in (at most 292 years)";
    }

    /** Nanoseconds in one {@code unit}. */
    static double nanosPer(ChronoUnit unit) {
        return unit.getDuration().toNanos();
    }

    /**
     * @param unitNanos nanoseconds in the policy's unit, for a plain number
     * @return the value in nanoseconds, possibly negative (the caller checks the range)
     * @throws IllegalArgumentException when the text is none of the accepted forms
     */
    static double parse(String text, double unitNanos) {
        String trimmed = text.strip();
        Matcher m = NUMBER_WITH_UNIT.matcher(trimmed);
        if (m.matches()) {
            double number = Double.parseDouble(m.group(1));
            String suffix = m.group(2);
            return number * (suffix == null ? unitNanos : nanosPerSuffix(suffix));
        }
        if (trimmed.toUpperCase(Locale.ROOT).matches("[+-]?P.*")) {
            try {
                return Duration.parse(trimmed).toNanos();
            } catch (DateTimeParseException | ArithmeticException e) {
                throw new IllegalArgumentException("not an ISO-8601 duration", e);
            }
        }
        throw new IllegalArgumentException("not a time value");
    }

    private static double nanosPerSuffix(String suffix) {
        return switch (suffix) {
            case "ns" -> 1;
            case "us", "µs" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "m" -> 60e9;
            case "h" -> 3600e9;
            default -> 86400e9; // "d", the only suffix left in the pattern
        };
    }
}
