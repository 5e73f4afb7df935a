package dev.backoff.internal.policy;

import dev.backoff.Backoff;

import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One thing a policy has that an annotation member or a config key sets, described once: its name (the annotation
 * member's and the config key's last segment), how its written value becomes the policy's, how a config text is
 * parsed, which values are accepted and the words for them, and how it sets a {@link Policy.Builder}. Every member is
 * in {@link Members}, the only place members are listed; readers, checks, messages, docs tests and the demo derive
 * from it.
 *
 * @param name        the annotation member's name, and the config key's last segment
 * @param annotated   whether {@code @Backoff} has the member; for a config-only one, {@code written} gives its default
 * @param written     the annotation's value as written
 * @param fromWritten the written value as the policy holds it (a time in the annotation's unit, in nanoseconds)
 * @param parser      how a config text becomes a value; {@code null} when no config key sets it
 * @param valid       the member's rule
 * @param whyNot      for a value the rule refuses, the reason when there is one beyond "not accepted" (an overflow),
 *                    else {@code null}
 * @param accepted    the values accepted, in words: what a problem with the member says
 * @param setter      how a checked value sets a builder
 * @param usage       whether a policy uses the member, which depends on its other members (SPEC 6: a site's key for a
 *                    member its policy never uses is refused)
 * @param <T>         the value as the policy holds it: times in nanoseconds, class names as classes
 */
public record Member<T>(String name, boolean annotated, Function<Backoff, Object> written,
                        Converter<T> fromWritten, Parser<T> parser, Predicate<T> valid, Function<T, String> whyNot,
                        String accepted, BiConsumer<Policy.Builder, T> setter, Usage usage) {

    /**
     * When a policy uses a member.
     *
     * @param uses whether the policy being built uses it
     * @param what what uses it, in words
     */
    record Usage(Predicate<Policy.Builder> uses, String what) {
        /** Every policy uses it. */
        static final Usage ALWAYS = new Usage(b -> true, "every policy");
    }

    /** This member, used only where {@code uses} says, which {@code what} says in words. */
    Member<T> usedWhen(Predicate<Policy.Builder> uses, String what) {
        return new Member<>(name, annotated, written, fromWritten, parser, valid, whyNot, accepted, setter,
                new Usage(uses, what));
    }

    /** Whether the policy {@code builder} holds uses this member. */
    boolean usedBy(Policy.Builder builder) {
        return usage.uses().test(builder);
    }

    /** What reading a member needs beyond its text: the policy's unit, and the application's class loader. */
    record Reading(double unitNanos, ClassLoader loader) {
    }

    /**
     * How a config text becomes a value; an {@link IllegalArgumentException} when it is none of the accepted forms, a
     * {@link Refused} when the reason is worth saying (a class that is not a Throwable).
     */
    @FunctionalInterface
    interface Parser<T> {
        T parse(String text, Reading reading);
    }

    /** A config text refused for a reason a problem says, beyond the accepted forms. */
    static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason);
        }
    }

    /** How a written value becomes the policy's. */
    @FunctionalInterface
    interface Converter<T> {
        T convert(Object written, Reading reading);
    }

    /** Whether a config key can set it. */
    public boolean configurable() {
        return parser != null;
    }

    /** The annotation's value as written; a config-only member's default. */
    public Object written(Backoff annotation) {
        return written.apply(annotation);
    }

    /** The annotation's value as the policy holds it. */
    T fromAnnotation(Backoff annotation, Reading reading) {
        return fromWritten.convert(written(annotation), reading);
    }

    /** The default, as the policy holds it: the annotation member's own default, in the default unit. */
    T defaultValue() {
        try {
            Object value = annotated ? Backoff.class.getMethod(name).getDefaultValue() : written.apply(null);
            return fromWritten.convert(value, Members.DEFAULT_READING);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("@Backoff has no member " + name, e);
        }
    }

    T parse(String text, Reading reading) {
        return parser.parse(text, reading);
    }

    boolean valid(T value) {
        return valid.test(value);
    }

    /** What a problem says of a value the rule refuses: "is not valid", and why when there is more to say. */
    String refusal(T value) {
        String why = whyNot.apply(value);
        return why == null ? "is not valid" : "is not valid: " + why;
    }

    /** Sets {@code value} on {@code builder}, which must have checked it. */
    void set(Policy.Builder builder, T value) {
        setter.accept(builder, value);
    }

    /** A value as a message shows it: as written in Java, not as the policy holds it. */
    static String shown(Object value) {
        if (value instanceof double[] values) {
            return Arrays.toString(values);
        }
        if (value instanceof Class<?>[] types) {
            return Arrays.toString(Arrays.stream(types).map(Class::getName).toArray());
        }
        if (value instanceof Class<?> type) {
            return type.getName() + ".class";
        }
        if (value instanceof Enum<?> constant) {
            return constant.name(); // as written in the annotation: ChronoUnit.WEEKS prints as "Weeks"
        }
        return String.valueOf(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
