package dev.backoff.internal.policy;

import dev.backoff.Backoff;
import dev.backoff.BackoffLimits;
import dev.backoff.BackoffListener;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import dev.backoff.WaitFunction;

import java.lang.reflect.Method;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a method's {@code @Backoff} annotations and the config into {@link Policy} layers (SPEC 5 and 6), or into
 * problems: every bad value is reported, none stops the reading of the others, so one deployment failure can list
 * them all. Each problem names the method, the member or config key, the bad value and what is accepted.
 */
public final class PolicyReader {

    /** A config source: the value of a key, or {@code null} when it has none. */
    @FunctionalInterface
    public interface Config {
        String get(String key);
    }

    /** Makes the instance a class-valued member names (SPEC 1.2). */
    @FunctionalInterface
    public interface Instances {
        Object get(Class<?> type) throws Exception;
    }

    /** Every member config can set, and {@code enabled}. A policy name may not be one of them. */
    public static final List<String> CONFIGURABLE = List.of("on", "abortOn", "strategy", "base", "factor",
            "maxValue", "interval", "initialValue", "decayFactor", "minValue", "jitter", "maxTries", "maxTime",
            "unit", "raiseOnGiveup", "enabled");

    private static final Set<String> MEMBER_NAMES = memberNames();
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    /** Decimal numbers only: not Java's {@code 2d}, {@code 2f}, {@code 0x1p3}, nor digits of other scripts. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");

    private final Config config;
    private final Instances instances;

    public PolicyReader(Config config, Instances instances) {
        this.config = config;
        this.instances = instances;
    }

    /**
     * Reads every layer of {@code declaration}, outermost first, adding a line to {@code problems} for each thing
     * wrong. The result is meaningful only when no problem was added.
     */
    public Policy[] read(Declaration declaration, List<String> problems) {
        Backoff[] layers = declaration.layers();
        checkReturnType(declaration, problems);
        checkNames(declaration, problems);
        Policy[] policies = new Policy[layers.length];
        for (int i = 0; i < layers.length; i++) {
            policies[i] = new Layer(declaration, layers[i], layers.length > 1, problems).read();
        }
        return policies;
    }

    private static void checkReturnType(Declaration d, List<String> problems) {
        Class<?> type = d.method().getReturnType();
        boolean stage = type == CompletionStage.class || type == CompletableFuture.class;
        if (!stage && (CompletionStage.class.isAssignableFrom(type) || Future.class.isAssignableFrom(type))) {
            problems.add(d.where() + ": @Backoff cannot retry a method returning " + type.getName()
                    + "; accepted: CompletionStage or CompletableFuture for asynchronous retries, or any type that is"
                    + " not a Future for synchronous ones");
        }
    }

    private static void checkNames(Declaration d, List<String> problems) {
        Backoff[] layers = d.layers();
        if (layers.length > 1) {
            // each kind of problem once per method, however many layers share it
            Map<String, Long> uses = Arrays.stream(layers).map(Backoff::name)
                    .collect(Collectors.groupingBy(n -> n, LinkedHashMap::new, Collectors.counting()));
            uses.forEach((name, count) -> {
                if (name.isEmpty() || count > 1) {
                    problems.add(d.where() + ": stacked @Backoff layers each need a distinct, non-empty name, but"
                            + " @Backoff(name = \"" + name + "\") is on " + count + " of " + layers.length
                            + " stacked layers; accepted: a distinct, non-empty name on each stacked layer");
                }
            });
        }
        for (String name : Arrays.stream(layers).map(Backoff::name).distinct().toList()) {
            if (!name.isEmpty() && !NAME.matcher(name).matches()) {
                problems.add(d.where() + ": @Backoff(name = \"" + name + "\") is not a valid name; accepted:"
                        + " letters, digits, '_', '-' and '.'");
            }
            if (MEMBER_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
                problems.add(d.where() + ": @Backoff(name = \"" + name + "\") is the name of a member, which would"
                        + " make config keys ambiguous; accepted: any other name");
            }
        }
    }

    private static Set<String> memberNames() {
        Set<String> names = new HashSet<>();
        for (Method m : Backoff.class.getDeclaredMethods()) {
            names.add(m.getName().toLowerCase(Locale.ROOT));
        }
        CONFIGURABLE.forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
        return Set.copyOf(names);
    }

    /** Reads one annotation; collects its problems. */
    private final class Layer {
        private final Declaration d;
        private final Backoff a;
        private final List<String> problems;
        private final List<String> prefixes = new ArrayList<>(3);
        /** The key and text of each member set by config. */
        private final Map<String, String[]> fromConfig = new HashMap<>();

        Layer(Declaration d, Backoff a, boolean stacked, List<String> problems) {
            this.d = d;
            this.a = a;
            this.problems = problems;
            prefixes.add(stacked ? d.sitePrefix() + a.name() + "/" : d.sitePrefix());
            if (!a.name().isEmpty()) {
                prefixes.add("Backoff/" + a.name() + "/");
            }
            prefixes.add("Backoff/");
        }

        Policy read() {
            ChronoUnit unit = value("unit", a.unit(), Layer::unit,
                    u -> u.compareTo(ChronoUnit.DAYS) <= 0, "one of NANOS, MICROS, MILLIS,"
                            + " SECONDS, MINUTES, HOURS, HALF_DAYS, DAYS (any case)");
            if (unit.compareTo(ChronoUnit.DAYS) > 0) {
                unit = ChronoUnit.SECONDS; // reported above; read the rest in a unit that has nanos
            }
            double unitNanos = TimeValues.nanosPer(unit);
            ChronoUnit timeUnit = unit;
            Function<String, Double> time = s -> TimeValues.parse(s, timeUnit);

            boolean enabled = value("enabled", true, Layer::bool, v -> true, "true or false");
            Predicate<Object> retryIf = typed(instance("retryIf", a.retryIf(), Predicate.class), a.retryIf());
            Class<?>[] on = value("on", a.on(), this::classes, v -> true, "comma-separated names of Throwable classes");
            if (on.length == 0 && retryIf == null) {
                on = new Class<?>[] {Exception.class};
            }
            Class<?>[] abortOn = value("abortOn", a.abortOn(), this::classes, v -> true,
                    "comma-separated names of Throwable classes");
            Wait strategy = value("strategy", a.strategy(), s -> constant(Wait.class, s), v -> true,
                    "one of " + Arrays.toString(Wait.values()) + " (any case)");
            double base = value("base", a.base(), Layer::number, v -> v > 0 && Double.isFinite(v), "a number > 0");
            double factor = time("factor", a.factor(), unitNanos, time);
            double maxValue = time("maxValue", a.maxValue(), unitNanos, time);
            double[] interval = value("interval", scale(a.interval(), unitNanos), a.interval(), s -> times(s, time),
                    v -> v.length > 0 && Arrays.stream(v).allMatch(Layer::validTime),
                    "one or more comma-separated time values, each " + TimeValues.ACCEPTED);
            double initialValue = time("initialValue", a.initialValue(), unitNanos, time);
            double decayFactor = value("decayFactor", a.decayFactor(), Layer::number,
                    v -> v >= 0 && Double.isFinite(v), "a number >= 0");
            double minValue = time("minValue", a.minValue(), unitNanos, time);
            Jitter jitter = value("jitter", a.jitter(), s -> constant(Jitter.class, s), v -> true,
                    "one of " + Arrays.toString(Jitter.values()) + " (any case)");
            int maxTries = value("maxTries", a.maxTries(), Layer::whole, v -> v >= 0,
                    "a whole number >= 0 (0: no limit)");
            double maxTime = time("maxTime", a.maxTime(), unitNanos, time);
            boolean raiseOnGiveup = value("raiseOnGiveup", a.raiseOnGiveup(), Layer::bool, v -> true, "true or false");

            WaitFunction waitFrom = instance("waitFrom", a.waitFrom(), WaitFunction.class);
            checkWaitFrom(strategy);
            if (retryIf != null && d.method().getReturnType() == void.class) {
                problems.add(d.where() + ": @Backoff(retryIf = " + a.retryIf().getName() + ") on a void method:"
                        + " there is no value to test; accepted: retryIf only on methods that return a value");
            }
            Predicate<Object> giveup = typed(instance("giveup", a.giveup(), Predicate.class), a.giveup());
            BackoffLimits limits = instance("limits", a.limits(), BackoffLimits.class);
            BackoffListener[] listeners = Arrays.stream(a.listeners())
                    .map(type -> (BackoffListener) instance("listeners", type, Object.class))
                    .toArray(BackoffListener[]::new);

            WaitPlan waits = new WaitPlan(strategy, base, factor, maxValue, interval, initialValue, decayFactor,
                    minValue, waitFrom, jitter, unitNanos);
            String target = a.name().isEmpty() ? d.target() : d.target() + " [" + a.name() + "]";
            return new Policy(a.name(), d.declaringClass(), d.method(), target, enabled, on, abortOn, giveup,
                    retryIf, waits, maxTries, wholeNanos(maxTime), limits, raiseOnGiveup,
                    zeroOf(d.method().getReturnType()), listeners, PolicyMeter.NONE);
        }

        /**
         * SPEC 6: {@code RUNTIME} needs {@code waitFrom}, and {@code waitFrom} needs {@code RUNTIME}. When the strategy
         * came from config, the problem names that key.
         */
        private void checkWaitFrom(Wait strategy) {
            boolean declared = a.waitFrom() != WaitFunction.class;
            String[] configured = fromConfig.get("strategy");
            if (strategy == Wait.RUNTIME && !declared) {
                if (configured != null) {
                    configProblem(configured, "RUNTIME only together with @Backoff(waitFrom = ...), the WaitFunction"
                            + " that computes each wait; without it one of EXPO, FIBO, CONSTANT, DECAY (any case)");
                } else {
                    problem("strategy", "RUNTIME", "needs waitFrom, the WaitFunction that computes each wait;"
                            + " accepted: strategy = RUNTIME together with waitFrom, or another strategy");
                }
            } else if (strategy != Wait.RUNTIME && declared) {
                if (configured != null) {
                    configProblem(configured, "RUNTIME (any case), since @Backoff(waitFrom = "
                            + a.waitFrom().getName() + ".class) is given");
                } else {
                    problem("waitFrom", a.waitFrom().getName() + ".class", "is only used with strategy = RUNTIME,"
                            + " but the strategy is " + strategy + "; accepted: waitFrom together with"
                            + " strategy = RUNTIME, or no waitFrom");
                }
            }
        }

        private void configProblem(String[] keyAndValue, String accepted) {
            problems.add(d.where() + ": config key " + keyAndValue[0] + " = \"" + keyAndValue[1]
                    + "\" is not valid; accepted: " + accepted);
        }

        /**
         * The config value of {@code member} if a key has one (first found wins), otherwise the annotation's; either
         * must parse and pass {@code valid}, or a problem is added and the annotation's value is returned.
         */
        private <T> T value(String member, T annotated, Function<String, T> parse, Predicate<T> valid, String accepted) {
            return value(member, annotated, annotated, parse, valid, accepted);
        }

        /** As above, showing the annotation's value as {@code shown} (a time in the annotation's unit, not nanos). */
        private <T> T value(String member, T annotated, Object shown, Function<String, T> parse, Predicate<T> valid,
                            String accepted) {
            for (String prefix : prefixes) {
                String key = prefix + member;
                String raw = config.get(key);
                if (raw == null) {
                    continue;
                }
                try {
                    T parsed = parse.apply(raw);
                    if (valid.test(parsed)) {
                        fromConfig.put(member, new String[] {key, raw});
                        return parsed;
                    }
                } catch (IllegalArgumentException e) {
                    // reported below, with the key and what is accepted
                }
                configProblem(new String[] {key, raw}, accepted);
                return annotated;
            }
            if (!valid.test(annotated)) {
                problem(member, display(shown), "is not valid; accepted: " + accepted);
            }
            return annotated;
        }

        private double time(String member, double annotated, double unitNanos, Function<String, Double> parse) {
            return value(member, annotated * unitNanos, annotated, parse, Layer::validTime, TimeValues.ACCEPTED);
        }

        private String display(Object shown) {
            if (shown instanceof double[] values) {
                return Arrays.toString(values);
            }
            if (shown instanceof Class<?>[] types) {
                return Arrays.toString(Arrays.stream(types).map(Class::getName).toArray());
            }
            if (shown instanceof Enum<?> constant) {
                return constant.name(); // as written in the annotation: ChronoUnit.WEEKS prints as "Weeks"
            }
            return String.valueOf(shown);
        }

        private void problem(String member, String value, String what) {
            problems.add(d.where() + ": @Backoff(" + (a.name().isEmpty() ? "" : "name = \"" + a.name() + "\", ")
                    + member + " = " + value + ") " + what);
        }

        @SuppressWarnings("unchecked")
        private <T> T instance(String member, Class<?> type, Class<?> none) {
            if (type == none) {
                return null;
            }
            try {
                return (T) instances.get(type);
            } catch (Exception e) {
                problem(member, type.getName() + ".class", "cannot be created: " + e.getMessage()
                        + "; accepted: a CDI bean of that type, or a public class with a public no-argument constructor");
                return null;
            }
        }

        private Class<?>[] classes(String names) {
            List<Class<?>> types = new ArrayList<>();
            for (String name : names.split(",")) {
                String trimmed = name.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(trimmed, false, classLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalArgumentException("no class " + trimmed, e);
                }
                if (!Throwable.class.isAssignableFrom(type)) {
                    throw new IllegalArgumentException(trimmed + " is not a Throwable");
                }
                types.add(type);
            }
            return types.toArray(Class<?>[]::new);
        }

        private ClassLoader classLoader() {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return context != null ? context : d.declaringClass().getClassLoader();
        }

        /** Rounded up, so that a positive limit below one nanosecond stays a limit instead of becoming 0, none. */
        private static long wholeNanos(double nanos) {
            return (long) Math.ceil(nanos); // saturates at Long.MAX_VALUE
        }

        private static boolean validTime(double nanos) {
            return nanos >= 0 && Double.isFinite(nanos);
        }

        private static double[] scale(double[] values, double factor) {
            return Arrays.stream(values).map(v -> v * factor).toArray();
        }

        private static double[] times(String text, Function<String, Double> time) {
            // as in on/abortOn and MicroProfile Config lists: blank elements are ignored
            return Arrays.stream(text.split(",")).filter(e -> !e.isBlank()).mapToDouble(time::apply).toArray();
        }

        private static double number(String text) {
            String trimmed = text.strip();
            if (!DECIMAL.matcher(trimmed).matches()) {
                throw new IllegalArgumentException("not a decimal number");
            }
            double value = Double.parseDouble(trimmed);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("not finite");
            }
            return value;
        }

        private static int whole(String text) {
            String trimmed = text.strip();
            if (!WHOLE.matcher(trimmed).matches()) {
                throw new IllegalArgumentException("not a whole number");
            }
            return Integer.parseInt(trimmed);
        }

        private static boolean bool(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException("not a boolean");
            };
        }

        private static ChronoUnit unit(String text) {
            return constant(ChronoUnit.class, text);
        }

        private static <E extends Enum<E>> E constant(Class<E> type, String text) {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        }
    }

    /**
     * SPEC 1.3: a predicate is asked only about what its type argument accepts ({@code Predicate<IOException>} about
     * IOExceptions); anything else is "no" to it: not a give-up, not a value failure. {@code null} values are asked.
     */
    private static Predicate<Object> typed(Predicate<Object> predicate, Class<?> type) {
        Class<?> accepted = TypeArgument.of(type, Predicate.class, 0);
        if (predicate == null || accepted == Object.class) {
            return predicate;
        }
        return outcome -> (outcome == null || accepted.isInstance(outcome)) && predicate.test(outcome);
    }

    private static Object zeroOf(Class<?> type) {
        if (!type.isPrimitive() || type == void.class) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        return switch (type.getName()) {
            case "byte" -> (byte) 0;
            case "short" -> (short) 0;
            case "int" -> 0;
            case "long" -> 0L;
            case "float" -> 0f;
            default -> 0d;
        };
    }
}
