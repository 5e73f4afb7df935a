package dev.backoff.demo.web;

import dev.backoff.Backoff;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The {@code @Backoff} annotations of a method as source text, members at their default left out. */
final class AnnotationText {

    private AnnotationText() {
    }

    static List<String> of(Method method) {
        List<String> texts = new ArrayList<>();
        for (Backoff backoff : method.getAnnotationsByType(Backoff.class)) {
            texts.add(text(backoff));
        }
        return texts;
    }

    private static String text(Backoff backoff) {
        List<String> members = new ArrayList<>();
        for (Method member : Backoff.class.getDeclaredMethods()) {
            try {
                Object value = member.invoke(backoff);
                if (!Objects.deepEquals(value, member.getDefaultValue())) {
                    members.add(member.getName() + " = " + value(value));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        members.sort(AnnotationText::byDeclaredOrder);
        return "@Backoff(" + String.join(", ", members) + ")";
    }

    private static final List<String> ORDER = List.of("name", "on", "abortOn", "giveup", "retryIf", "strategy", "base",
            "factor", "maxValue", "interval", "initialValue", "decayFactor", "minValue", "waitFrom", "jitter",
            "maxTries", "maxTime", "unit", "limits", "raiseOnGiveup", "listeners");

    private static int byDeclaredOrder(String a, String b) {
        return Integer.compare(ORDER.indexOf(a.substring(0, a.indexOf(' '))),
                ORDER.indexOf(b.substring(0, b.indexOf(' '))));
    }

    private static String value(Object value) {
        if (value instanceof Class<?> type) {
            return type.getSimpleName() + ".class";
        }
        if (value instanceof Enum<?> e) {
            return e.getDeclaringClass().getSimpleName() + "." + e.name();
        }
        if (value instanceof String s) {
            return '"' + s + '"';
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format("%,d", d.longValue()).replace(',', '_')
                    : d.toString();
        }
        if (value.getClass().isArray()) {
            int length = Array.getLength(value);
            List<String> items = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                items.add(value(Array.get(value, i)));
            }
            return length == 1 ? items.get(0) : "{" + String.join(", ", items) + "}";
        }
        return String.valueOf(value);
    }
}
