package dev.backoff;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * A {@link Backoff#retryIf()} predicate that retries on "falsy" values, like Python's default
 * {@code on_predicate} predicate {@code operator.not_}: {@code null}, {@code false}, an empty {@link Optional},
 * an empty {@link CharSequence}, {@link Collection}, {@link Map} or array, and numeric zero (of any
 * {@link Number} type, {@code -0.0} included; {@code NaN} is not zero, as in Python) and the character
 * {@code '\0'}. Everything else is truthy.
 */
public final class Falsy implements Predicate<Object> {

    /** Returns {@code true} when {@code value} is falsy, that is, when the attempt should be retried. */
    @Override
    public boolean test(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof Boolean b) {
            return !b;
        }
        if (value instanceof Optional<?> o) {
            return o.isEmpty();
        }
        if (value instanceof OptionalInt o) {
            return o.isEmpty();
        }
        if (value instanceof OptionalLong o) {
            return o.isEmpty();
        }
        if (value instanceof OptionalDouble o) {
            return o.isEmpty();
        }
        if (value instanceof CharSequence s) {
            return s.length() == 0;
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return m.isEmpty();
        }
        if (value.getClass().isArray()) {
            return Array.getLength(value) == 0;
        }
        if (value instanceof Character c) {
            return c == '\0';
        }
        if (value instanceof Number n) {
            return isZero(n);
        }
        return false;
    }

    private static boolean isZero(Number n) {
        if (n instanceof BigDecimal d) {
            return d.signum() == 0;
        }
        if (n instanceof BigInteger i) {
            return i.signum() == 0;
        }
        if (n instanceof Double || n instanceof Float) {
            return n.doubleValue() == 0.0;
        }
        return n.longValue() == 0 && n.doubleValue() == 0.0;
    }
}
