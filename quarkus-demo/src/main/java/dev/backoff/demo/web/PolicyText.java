package dev.backoff.demo.web;

import dev.backoff.Backoff;
import dev.backoff.internal.policy.Declaration;
import dev.backoff.internal.policy.Member;
import dev.backoff.internal.policy.Members;
import dev.backoff.internal.policy.PolicyReader;
import dev.backoff.internal.policy.Problem;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A method's {@code @Backoff} policies as the page shows them: each annotation as written (source text, members at
 * their default left out), and each layer's policy in effect, the values config set marked with their key. Members
 * come from the library's member table ({@link Members}), config from the library's own reader ({@link PolicyReader}),
 * so the page shows the keys the library really looked up, first found wins (SPEC 5.2).
 */
final class PolicyText {

    /** One member's value in effect; {@code configKey} is the key that set it, {@code null} when it is as written. */
    record Setting(String member, String value, String configKey) {
    }

    /** One layer's policy in effect: the members written or set by config; every other one is at its default. */
    record Layer(String name, List<Setting> settings) {
    }

    private PolicyText() {
    }

    /** The annotations as written, outermost first. */
    static List<String> written(Method method) {
        List<String> texts = new ArrayList<>();
        for (Backoff backoff : method.getAnnotationsByType(Backoff.class)) {
            List<String> members = new ArrayList<>();
            for (Member<?> member : order()) {
                if (member.annotated() && isWritten(member, backoff)) {
                    members.add(member.name() + " = " + value(member.written(backoff)));
                }
            }
            texts.add("@Backoff(" + String.join(", ", members) + ")");
        }
        return texts;
    }

    /**
     * Each layer's policy in effect with {@code config} (a key's value, {@code null} when it has none), outermost
     * first. The library's reader reads the method, and every key it finds a value for is noted: a key ends with its
     * member's name, and a stacked layer's own keys (site and policy) carry its name before it
     * ({@code .../Backoff/timeouts/maxTries}, {@code Backoff/timeouts/...}); a global key ({@code Backoff/maxTries}) is
     * looked up for a layer only when its own keys have no value.
     */
    static List<Layer> inEffect(Method method, Function<String, String> config) {
        Map<String, String> found = new LinkedHashMap<>();
        // the reader asks only for values here; the names of all keys and the environment variable behind a value
        // serve the library's own startup checks and messages, which the demo does not repeat
        PolicyReader.Config noting = PolicyReader.Config.lookingUp(key -> {
            String value = config.apply(key);
            if (value != null) {
                found.put(key, value); // each key that has a value, to mark it on the card
            }
            return value;
        });
        Backoff[] layers = method.getAnnotationsByType(Backoff.class);
        List<Problem> problems = new ArrayList<>();
        new PolicyReader(noting).read(new Declaration(method.getDeclaringClass(), method, false, layers), problems);
        if (!problems.isEmpty()) { // the application would not have started
            throw new IllegalStateException(Problem.report(problems));
        }
        List<Layer> result = new ArrayList<>();
        for (Backoff layer : layers) {
            List<Setting> settings = new ArrayList<>();
            for (Member<?> member : order()) {
                String key = configKey(found, member, layers.length > 1 ? layer.name() : null);
                if (key != null) {
                    settings.add(new Setting(member.name(), found.get(key), key));
                } else if (member.annotated() && isWritten(member, layer)) {
                    settings.add(new Setting(member.name(), value(member.written(layer)), null));
                }
            }
            result.add(new Layer(layer.name(), settings));
        }
        return result;
    }

    /** The key that set {@code member} for the layer {@code stackedName} (null: the method's only layer), or null. */
    private static String configKey(Map<String, String> found, Member<?> member, String stackedName) {
        String global = "Backoff/" + member.name();
        for (String key : found.keySet()) {
            boolean ofMember = key.endsWith("/" + member.name());
            if (ofMember && !key.equals(global)
                    && (stackedName == null || key.endsWith("/" + stackedName + "/" + member.name()))) {
                return key;
            }
        }
        return found.containsKey(global) ? global : null;
    }

    /** The members in the library's member table order, the name first, as people write it. */
    private static List<Member<?>> order() {
        List<Member<?>> order = new ArrayList<>(List.of(Members.NAME));
        Members.ALL.stream().filter(m -> m != Members.NAME).forEach(order::add);
        return order;
    }

    private static boolean isWritten(Member<?> member, Backoff backoff) {
        try {
            return !Objects.deepEquals(member.written(backoff), Backoff.class.getMethod(member.name()).getDefaultValue());
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
