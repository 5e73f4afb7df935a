package dev.backoff.internal.policy;

import dev.backoff.Jitter;
import dev.backoff.Wait;

import java.math.BigInteger;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a config value of each member means, written from SPEC 5 independently of {@link PolicyReader}: the value a
 * policy must then hold, or empty when the value must be refused. For a policy on a method annotated with a bare
 * {@code @Backoff} (unit SECONDS, no {@code retryIf}, no {@code waitFrom}).
 */
final class ConfigValueOracle {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern TIME = Pattern.compile("(" + NUMBER.pattern() + ")\\s*(ns|us|µs|ms|s|m|h|d)?");
    private static final Map<String, Double> SUFFIX_NANOS = Map.of("ns", 1d, "us", 1e3, "µs", 1e3, "ms", 1e6,
            "s", 1e9, "m", 60e9, "h", 3600e9, "d", 86400e9);
    private static final double SECOND = 1e9;

    /** One member: how to read the value the policy holds, and what a config text must give. */
    record Member(Function<Policy, Object> actual, Function<String, Optional<Object>> expected) {
    }

    static final Map<String, Member> MEMBERS = Map.ofEntries(
            Map.entry("on", new Member(p -> List.of(p.on()), s -> classes(s).map(c -> c))),
            Map.entry("abortOn", new Member(p -> List.of(p.abortOn()), s -> classes(s).map(c -> c))),
            // no waitFrom on the method, so RUNTIME is refused
            Map.entry("strategy", new Member(p -> p.strategy(),
                    s -> constant(Wait.class, s).filter(w -> w != Wait.RUNTIME).map(w -> w))),
            Map.entry("jitter", new Member(p -> p.jitter(), s -> constant(Jitter.class, s).map(j -> j))),
            Map.entry("unit", new Member(p -> p.unitNanos(), s -> constant(ChronoUnit.class, s)
                    .filter(u -> u.compareTo(ChronoUnit.DAYS) <= 0).map(u -> (double) u.getDuration().toNanos()))),
            Map.entry("base", new Member(p -> p.base(), s -> number(s).filter(v -> v > 0).map(v -> v))),
            Map.entry("decayFactor", new Member(p -> p.decayFactor(),
                    s -> number(s).filter(v -> v >= 0).map(v -> v))),
            Map.entry("factor", new Member(p -> p.factor(), s -> time(s).map(v -> v))),
            Map.entry("maxValue", new Member(p -> p.maxValue(), s -> time(s).map(v -> v))),
            Map.entry("initialValue", new Member(p -> p.initialValue(), s -> time(s).map(v -> v))),
            Map.entry("minValue", new Member(p -> p.minValue(), s -> time(s).map(v -> v))),
            // a positive limit stays a limit, however small: whole nanoseconds, rounded up
            Map.entry("maxTime", new Member(Policy::maxTimeNanos, s -> time(s).map(v -> (long) Math.ceil(v)))),
            Map.entry("interval", new Member(p -> boxed(p.interval()), ConfigValueOracle::times)),
            Map.entry("maxTries", new Member(Policy::maxTries, s -> whole(s).map(v -> v))),
            Map.entry("raiseOnGiveup", new Member(Policy::raiseOnGiveup, s -> bool(s).map(v -> v))),
            Map.entry("enabled", new Member(Policy::enabled, s -> bool(s).map(v -> v))),
            Map.entry("retryAfter", new Member(Policy::retryAfter, s -> bool(s).map(v -> v))),
            // a budget's name is a key segment: the form of a policy's name; blank: no budget
            Map.entry("budget", new Member(Policy::budgetName, s -> Optional.of(s.strip())
                    .filter(n -> n.isEmpty() || n.matches("[A-Za-z0-9_.-]+")).map(n -> n))),
            Map.entry("logging", new Member(Policy::logging, s -> constant(Logging.class, s).map(l -> l))),
            Map.entry("maxServerDelay", new Member(Policy::maxServerDelayNanos,
                    s -> time(s).map(v -> (long) Math.ceil(v)))));

    private ConfigValueOracle() {
    }

    static Optional<Double> number(String text) {
        String s = text.strip();
        if (!NUMBER.matcher(s).matches()) {
            return Optional.empty();
        }
        double value = Double.parseDouble(s);
        return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
    }

    static Optional<Integer> whole(String text) {
        String s = text.strip();
        if (!WHOLE.matcher(s).matches()) {
            return Optional.empty();
        }
        BigInteger value = new BigInteger(s);
        boolean inRange = value.signum() >= 0 && value.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) <= 0;
        return inRange ? Optional.of(value.intValueExact()) : Optional.empty();
    }

    /** Nanoseconds, with plain numbers in seconds. */
    static Optional<Double> time(String text) {
        String s = text.strip();
        double nanos;
        Matcher m = TIME.matcher(s);
        if (m.matches()) {
            double number = Double.parseDouble(m.group(1));
            nanos = number * (m.group(2) == null ? SECOND : SUFFIX_NANOS.get(m.group(2)));
        } else {
            try {
                nanos = Duration.parse(s).toNanos();
            } catch (DateTimeParseException | ArithmeticException e) {
                return Optional.empty();
            }
        }
        // whole nanoseconds in a long: at most about 292 years
        return nanos >= 0 && nanos < 0x1p63 ? Optional.of(nanos) : Optional.empty();
    }

    /** MicroProfile Config lists: comma-separated, blank elements ignored. */
    static Optional<Object> times(String text) {
        List<Double> values = new ArrayList<>();
        for (String element : elements(text)) {
            Optional<Double> time = time(element);
            if (time.isEmpty()) {
                return Optional.empty();
            }
            values.add(time.get());
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(values);
    }

    static Optional<List<Class<?>>> classes(String text) {
        List<Class<?>> types = new ArrayList<>();
        for (String name : elements(text)) {
            try {
                Class<?> type = Class.forName(name, false, ConfigValueOracle.class.getClassLoader());
                if (!Throwable.class.isAssignableFrom(type)) {
                    return Optional.empty();
                }
                types.add(type);
            } catch (ClassNotFoundException | LinkageError e) {
                return Optional.empty();
            }
        }
        // a value that names no class would silently widen on to every exception, or clear abortOn (SPEC 5.1)
        return types.isEmpty() ? Optional.empty() : Optional.of(types);
    }

    static Optional<Boolean> bool(String text) {
        String s = text.strip();
        return s.equalsIgnoreCase("true") ? Optional.of(true)
                : s.equalsIgnoreCase("false") ? Optional.of(false) : Optional.empty();
    }

    static <E extends Enum<E>> Optional<E> constant(Class<E> type, String text) {
        String s = text.strip();
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(s)).findFirst();
    }

    private static List<String> elements(String text) {
        return Arrays.stream(text.split(",", -1)).map(String::strip).filter(e -> !e.isEmpty()).toList();
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
