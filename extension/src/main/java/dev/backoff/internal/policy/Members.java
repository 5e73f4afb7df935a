package dev.backoff.internal.policy;

import dev.backoff.Backoff;
import dev.backoff.BackoffLimits;
import dev.backoff.BackoffListener;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import dev.backoff.WaitFunction;
import dev.backoff.internal.policy.Member.Reading;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.DoublePredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The member table: every annotation member and config-only key a policy has, each described once (SPEC 1, 5). Adding
 * a member is its method in {@link Backoff} (unless it is config-only), one entry here, and its use in the engine.
 */
public final class Members {

    /** How the defaults are read: in the annotation's default unit. */
    static final Reading DEFAULT_READING = new Reading(TimeValues.nanosPer(ChronoUnit.SECONDS),
            Members.class.getClassLoader());

    /** Decimal numbers only: not Java's {@code 2d}, {@code 2f}, {@code 0x1p3}, nor digits of other scripts. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    private static final String CLASS_NAMES = "comma-separated names of Throwable classes";
    /** The form of a policy's name, and of a budget's: a config key segment. */
    static final Pattern NAME_FORM = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final String NAME_FORM_ACCEPTED = "letters, digits, '_', '-' and '.'";

    public static final Member<Class<?>[]> ON = classes("on", Backoff::on, (b, v) -> b.on = v);
    public static final Member<Class<?>[]> ABORT_ON = classes("abortOn", Backoff::abortOn, (b, v) -> b.abortOn = v);
    public static final Member<Class<?>> GIVEUP = type("giveup", Backoff::giveup, Predicate.class,
            (b, v) -> b.giveupType = v);
    public static final Member<Class<?>> RETRY_IF = type("retryIf", Backoff::retryIf, Predicate.class,
            (b, v) -> b.retryIfType = v);
    public static final Member<Wait> STRATEGY = constant("strategy", Backoff::strategy, Wait.class, w -> true,
            "one of " + Arrays.toString(Wait.values()) + " (any case)", (b, v) -> b.strategy = v);
    public static final Member<Double> BASE = number("base", Backoff::base, v -> v > 0, "a number > 0",
            (b, v) -> b.base = v).usedWhen(b -> b.strategy == Wait.EXPO, "only EXPO waits use it");
    public static final Member<Double> FACTOR = time("factor", Backoff::factor, (b, v) -> b.factor = v)
            .usedWhen(b -> b.strategy == Wait.EXPO, "only EXPO waits use it");
    public static final Member<Double> MAX_VALUE = time("maxValue", Backoff::maxValue, (b, v) -> b.maxValue = v)
            .usedWhen(b -> b.strategy == Wait.EXPO || b.strategy == Wait.FIBO || b.jitter == Jitter.DECORRELATED,
                    "only EXPO and FIBO waits, and DECORRELATED jitter, use it");
    public static final Member<double[]> INTERVAL = new Member<>("interval", true, Backoff::interval,
            (written, r) -> Arrays.stream((double[]) written).map(v -> v * r.unitNanos()).toArray(),
            (text, r) -> Arrays.stream(text.split(",")).filter(e -> !e.isBlank()) // blank elements ignored, as in lists
                    .mapToDouble(e -> TimeValues.parse(e, r.unitNanos())).toArray(),
            v -> v.length > 0 && Arrays.stream(v).allMatch(Members::validTime),
            v -> Arrays.stream(v).mapToObj(TimeValues::overflow).filter(w -> w != null).findFirst().orElse(null),
            "one or more comma-separated time values, each " + TimeValues.ACCEPTED, (b, v) -> b.interval = v.clone(), Member.Usage.ALWAYS)
            .usedWhen(b -> b.strategy == Wait.CONSTANT, "only CONSTANT waits use it");
    public static final Member<Double> INITIAL_VALUE = time("initialValue", Backoff::initialValue,
            (b, v) -> b.initialValue = v).usedWhen(b -> b.strategy == Wait.DECAY, "only DECAY waits use it");
    public static final Member<Double> DECAY_FACTOR = number("decayFactor", Backoff::decayFactor, v -> v >= 0,
            "a number >= 0", (b, v) -> b.decayFactor = v)
            .usedWhen(b -> b.strategy == Wait.DECAY, "only DECAY waits use it");
    public static final Member<Double> MIN_VALUE = time("minValue", Backoff::minValue, (b, v) -> b.minValue = v)
            .usedWhen(b -> b.strategy == Wait.DECAY, "only DECAY waits use it");
    public static final Member<Class<?>> WAIT_FROM = type("waitFrom", Backoff::waitFrom, WaitFunction.class,
            (b, v) -> b.waitFromType = v);
    public static final Member<Jitter> JITTER = constant("jitter", Backoff::jitter, Jitter.class, j -> true,
            "one of " + Arrays.toString(Jitter.values()) + " (any case)", (b, v) -> b.jitter = v);
    public static final Member<Boolean> RETRY_AFTER = bool("retryAfter", true, Backoff::retryAfter,
            (b, v) -> b.retryAfter = v).usedWhen(b -> b.strategy != Wait.RUNTIME, "RUNTIME waits come from waitFrom"
                    + " alone");
    public static final Member<Integer> MAX_TRIES = new Member<>("maxTries", true, Backoff::maxTries,
            (written, r) -> (Integer) written, (text, r) -> whole(text), v -> v >= 0, v -> null,
            "a whole number >= 0 (0: no limit)", (b, v) -> b.maxTries = v, Member.Usage.ALWAYS)
            .usedWhen(b -> b.limitsType == null, "limits, which this policy has, replaces it");
    /** Whole nanoseconds, rounded up: a positive limit below one nanosecond stays a limit instead of none. */
    public static final Member<Double> MAX_TIME = time("maxTime", Backoff::maxTime,
            (b, v) -> b.maxTimeNanos = (long) Math.ceil(v)) // saturates at Long.MAX_VALUE
            .usedWhen(b -> b.limitsType == null, "limits, which this policy has, replaces it");
    public static final Member<ChronoUnit> UNIT = constant("unit", Backoff::unit, ChronoUnit.class,
            u -> u.compareTo(ChronoUnit.DAYS) <= 0, "one of NANOS, MICROS, MILLIS, SECONDS, MINUTES, HOURS,"
                    + " HALF_DAYS, DAYS (any case)", (b, v) -> b.unitNanos = TimeValues.nanosPer(v));
    public static final Member<Class<?>> LIMITS = type("limits", Backoff::limits, BackoffLimits.class,
            (b, v) -> b.limitsType = v);
    public static final Member<String> BUDGET = new Member<>("budget", true, Backoff::budget,
            (written, r) -> (String) written, (text, r) -> text.strip(),
            v -> v.isEmpty() || NAME_FORM.matcher(v).matches(), v -> null,
            "a budget's name (" + NAME_FORM_ACCEPTED + "), or nothing for no budget", (b, v) -> b.budgetName = v,
            Member.Usage.ALWAYS);
    public static final Member<Boolean> RAISE_ON_GIVEUP = bool("raiseOnGiveup", true, Backoff::raiseOnGiveup,
            (b, v) -> b.raiseOnGiveup = v).usedWhen(b -> b.on.length > 0 || b.retryIfType == null,
                    "only a give-up on an exception uses it, and with retryIf alone no exception is retried");
    public static final Member<Class<?>[]> LISTENERS = new Member<>("listeners", true, Backoff::listeners,
            (written, r) -> ((Class<?>[]) written).clone(), null, v -> true, v -> null,
            "classes implementing " + BackoffListener.class.getName(), (b, v) -> b.listenerTypes = v,
            Member.Usage.ALWAYS);
    /** Checked by the name rules of the reader: its form and uniqueness depend on the other layers. */
    public static final Member<String> NAME = new Member<>("name", true, Backoff::name, (written, r) -> (String) written,
            null, v -> true, v -> null, NAME_FORM_ACCEPTED, (b, v) -> b.name = v, Member.Usage.ALWAYS);
    /** Config only: {@code false} makes every call one attempt, without retry. */
    public static final Member<Boolean> ENABLED = bool("enabled", false, annotation -> true, (b, v) -> b.enabled = v);
    /** Config only: which of the policy's events the {@code dev.backoff} log tells (SPEC 4.3). */
    public static final Member<Logging> LOGGING = configOnly("logging", Logging.ALL,
            "one of " + Arrays.toString(Logging.values()) + " (any case)", (b, v) -> b.logging = v);
    /**
     * Config only: the longest server delay a call waits for when no {@code maxTime} bounds it ({@code retryAfter}).
     * Its default is the same time whatever the policy's unit, so it is written in nanoseconds.
     */
    public static final Member<Double> MAX_SERVER_DELAY = new Member<>("maxServerDelay", false,
            annotation -> (double) Duration.ofMinutes(5).toNanos(), (written, r) -> (Double) written,
            (text, r) -> TimeValues.parse(text, r.unitNanos()), Members::validTime, TimeValues::overflow,
            TimeValues.ACCEPTED, (b, v) -> b.maxServerDelayNanos = (long) Math.ceil(v), Member.Usage.ALWAYS)
            .usedWhen(b -> b.retryAfter && b.strategy != Wait.RUNTIME && (b.maxTimeNanos == 0 || b.limitsType != null),
                    "only server delays use it, which RUNTIME waits and retryAfter = false do not wait for, and which"
                            + " maxTime bounds instead where it is set");

    /** Every member, in the annotation's order, the config-only ones last. */
    public static final List<Member<?>> ALL = List.of(ON, ABORT_ON, GIVEUP, RETRY_IF, STRATEGY, BASE, FACTOR,
            MAX_VALUE, INTERVAL, INITIAL_VALUE, DECAY_FACTOR, MIN_VALUE, WAIT_FROM, JITTER, RETRY_AFTER, MAX_TRIES,
            MAX_TIME, UNIT, LIMITS, BUDGET, RAISE_ON_GIVEUP, LISTENERS, NAME, ENABLED, MAX_SERVER_DELAY, LOGGING);

    private Members() {
    }

    /** The names of the members a config key can set, in table order. */
    public static List<String> configurable() {
        List<String> names = new ArrayList<>();
        ALL.stream().filter(Member::configurable).forEach(m -> names.add(m.name()));
        return names;
    }

    /** The member called {@code name}, as a config key names it; {@code null} when none is. */
    public static Member<?> named(String name) {
        return ALL.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }

    private static Member<Double> number(String name, Function<Backoff, Object> written, DoublePredicate range,
                                         String accepted, BiConsumer<Policy.Builder, Double> setter) {
        return new Member<>(name, true, written, (value, r) -> (Double) value, (text, r) -> decimal(text),
                v -> Double.isFinite(v) && range.test(v), v -> null, accepted, setter, Member.Usage.ALWAYS);
    }

    private static Member<Double> time(String name, Function<Backoff, Object> written,
                                       BiConsumer<Policy.Builder, Double> setter) {
        return new Member<>(name, true, written, (value, r) -> (Double) value * r.unitNanos(),
                (text, r) -> TimeValues.parse(text, r.unitNanos()), Members::validTime, TimeValues::overflow,
                TimeValues.ACCEPTED, setter, Member.Usage.ALWAYS);
    }

    private static Member<Boolean> bool(String name, boolean inAnnotation, Function<Backoff, Object> written,
                                        BiConsumer<Policy.Builder, Boolean> setter) {
        return new Member<>(name, inAnnotation, written, (value, r) -> (Boolean) value, (text, r) -> bool(text),
                v -> true, v -> null, "true or false", setter, Member.Usage.ALWAYS);
    }

    private static <E extends Enum<E>> Member<E> constant(String name, Function<Backoff, Object> written,
                                                          Class<E> type, Predicate<E> valid, String accepted,
                                                          BiConsumer<Policy.Builder, E> setter) {
        return constant(name, true, written, type, valid, accepted, setter);
    }

    /** A config-only member whose values are {@code type}'s constants, {@code byDefault} unless a key sets one. */
    private static <E extends Enum<E>> Member<E> configOnly(String name, E byDefault, String accepted,
                                                            BiConsumer<Policy.Builder, E> setter) {
        return constant(name, false, annotation -> byDefault, byDefault.getDeclaringClass(), v -> true, accepted,
                setter);
    }

    private static <E extends Enum<E>> Member<E> constant(String name, boolean annotated,
                                                          Function<Backoff, Object> written, Class<E> type,
                                                          Predicate<E> valid, String accepted,
                                                          BiConsumer<Policy.Builder, E> setter) {
        return new Member<>(name, annotated, written, (value, r) -> type.cast(value),
                (text, r) -> Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)), valid, v -> null, accepted,
                setter, Member.Usage.ALWAYS);
    }

    private static Member<Class<?>[]> classes(String name, Function<Backoff, Object> written,
                                              BiConsumer<Policy.Builder, Class<?>[]> setter) {
        return new Member<>(name, true, written, (value, r) -> ((Class<?>[]) value).clone(), Members::classes,
                v -> true, v -> null, CLASS_NAMES, setter, Member.Usage.ALWAYS);
    }

    /** A class-valued member: made into an instance when the policy is bound; {@code none} means there is none. */
    private static Member<Class<?>> type(String name, Function<Backoff, Object> written, Class<?> none,
                                         BiConsumer<Policy.Builder, Class<?>> setter) {
        return new Member<>(name, true, written, (value, r) -> value == none ? null : (Class<?>) value, null,
                v -> true, v -> null, "a class implementing " + none.getName(), setter, Member.Usage.ALWAYS);
    }

    static boolean validTime(double nanos) {
        return nanos >= 0 && TimeValues.overflow(nanos) == null;
    }

    static double decimal(String text) {
        String trimmed = text.strip();
        if (!DECIMAL.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("not a decimal number");
        }
        return Double.parseDouble(trimmed);
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

    /**
     * SPEC 5.1: class names, comma-separated. Blank elements between names are passed over, as in MicroProfile Config
     * lists; but a value with no name at all is refused: it would silently widen {@code on} to every exception, or
     * clear {@code abortOn}.
     */
    private static Class<?>[] classes(String names, Reading reading) {
        List<Class<?>> types = new ArrayList<>();
        for (String name : names.split(",")) {
            String trimmed = name.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            Class<?> type;
            try {
                type = Class.forName(trimmed, false, reading.loader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw new Member.Refused("there is no class " + trimmed);
            }
            if (!Throwable.class.isAssignableFrom(type)) {
                throw new Member.Refused(trimmed + " is not a Throwable");
            }
            types.add(type);
        }
        if (types.isEmpty()) {
            throw new Member.Refused("it names no class");
        }
        return types.toArray(Class<?>[]::new);
    }
}
