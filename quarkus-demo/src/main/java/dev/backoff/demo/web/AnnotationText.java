package dev.backoff.demo.web;

import dev.backoff.Backoff;
import dev.backoff.internal.policy.Member;
import dev.backoff.internal.policy.Members;

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

    /** The members in the library's member table order, the name first, as people write it. */
    private static String text(Backoff backoff) {
        List<String> members = new ArrayList<>();
        List<Member<?>> order = new ArrayList<>(List.of(Members.NAME));
        Members.ALL.stream().filter(m -> m.annotated() && m != Members.NAME).forEach(order::add);
        for (Member<?> member : order) {
            Object value = member.written(backoff);
            if (!Objects.deepEquals(value, defaultOf(member))) {
                members.add(member.name() + " = " + value(value));
            }
        }
        return "@Backoff(" + String.join(", ", members) + ")";
    }

    private static Object defaultOf(Member<?> member) {
        try {
            return Backoff.class.getMethod(member.name()).getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
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
