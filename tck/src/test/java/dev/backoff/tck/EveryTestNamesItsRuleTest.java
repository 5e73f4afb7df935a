package dev.backoff.tck;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every test class of the suite is one a runner runs, inside the TCK's harness: surefire picks it up by its name, and
 * it carries {@link Spec} on the class itself, the annotation that registers the TCK's extension and display names. A
 * class that missed either would run nowhere, or outside the harness, and be missing from the results the
 * compatibility table is made from.
 */
class EveryTestNamesItsRuleTest {

    /**
     * Surefire's default includes ({@code **}{@code /Test*.java}, {@code **}{@code /*Test.java},
     * {@code **}{@code /*Tests.java}, {@code **}{@code /*TestCase.java}) and its default exclude of nested classes
     * ({@code **}{@code /*$*}), which the runners keep.
     */
    private static final Pattern SUREFIRE_INCLUDES = Pattern.compile("Test\\w*|\\w*Test|\\w*Tests|\\w*TestCase");

    private final List<Class<?>> testClasses = Suite.testClasses();

    @Test
    void everyTestClassOfTheSuiteCarriesSpec() {
        assertThat(testClasses).as("the suite's test classes").hasSizeGreaterThan(40);
        assertThat(testClasses).filteredOn(c -> !c.isAnnotationPresent(Spec.class))
                .as("test classes without @Spec on the class").isEmpty();
    }

    @Test
    void everyTestClassOfTheSuiteIsOneSurefireRuns() {
        assertThat(testClasses).filteredOn(c -> c.getEnclosingClass() != null
                        || !SUREFIRE_INCLUDES.matcher(c.getSimpleName()).matches())
                .as("test classes that surefire would not run: rename them to end in Test, and make them top-level")
                .isEmpty();
    }
}
