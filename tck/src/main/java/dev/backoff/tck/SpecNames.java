package dev.backoff.tck;

import org.junit.jupiter.api.DisplayNameGenerator;

import java.lang.reflect.Method;
import java.util.List;

/** Display names that start with the rules a test checks: {@code retriesUntilSuccess} of 2.2 is "2.2 retries until success". */
public final class SpecNames extends DisplayNameGenerator.Standard {

    @Override
    public String generateDisplayNameForMethod(List<Class<?>> enclosingInstanceTypes, Class<?> testClass,
            Method testMethod) {
        return String.join(", ", rules(testClass, testMethod)) + " " + words(testMethod.getName());
    }

    /** The rules of a test method: its own {@link Spec}, else its class's; none is a mistake in the TCK. */
    static String[] rules(Class<?> testClass, Method testMethod) {
        Spec spec = testMethod.getAnnotation(Spec.class);
        if (spec == null) {
            spec = testClass.getAnnotation(Spec.class);
        }
        if (spec == null || spec.value().length == 0) {
            throw new IllegalStateException(testClass.getName() + "." + testMethod.getName()
                    + " names no SPEC rule: annotate it or its class with @Spec");
        }
        for (String rule : spec.value()) {
            if (!Rules.all().containsKey(rule)) {
                throw new IllegalStateException(testClass.getName() + "." + testMethod.getName() + " names rule \""
                        + rule + "\", which is not in dev/backoff/tck/rules.tsv: " + Rules.all().keySet());
            }
        }
        return spec.value();
    }

    private static String words(String camelCase) {
        StringBuilder words = new StringBuilder();
        for (char c : camelCase.toCharArray()) {
            if (Character.isUpperCase(c)) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(c);
            }
        }
        return words.toString();
    }
}
