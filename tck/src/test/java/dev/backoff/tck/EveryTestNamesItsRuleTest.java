package dev.backoff.tck;

import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every test class of the suite carries {@link Spec} on the class itself: that annotation is what registers the TCK's
 * extension and display names, so a class without it would run outside the harness and be missing from the results
 * the compatibility table is made from.
 */
class EveryTestNamesItsRuleTest {

    @Test
    void everyTestClassOfTheSuiteCarriesSpec() throws IOException, URISyntaxException {
        Path classes = Path.of(Spec.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> testClasses;
        try (Stream<Path> files = Files.walk(classes)) {
            testClasses = files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(EveryTestNamesItsRuleTest::load)
                    .filter(EveryTestNamesItsRuleTest::declaresTests)
                    .toList();
        }

        assertThat(testClasses).as("the suite's test classes").hasSizeGreaterThan(40);
        assertThat(testClasses).filteredOn(c -> !c.isAnnotationPresent(Spec.class))
                .as("test classes without @Spec on the class").isEmpty();
    }

    private static boolean declaresTests(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).anyMatch(EveryTestNamesItsRuleTest::isTest);
    }

    private static boolean isTest(Method method) {
        return AnnotationSupport.isAnnotated(method, Testable.class);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Spec.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
