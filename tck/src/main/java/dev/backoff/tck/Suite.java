package dev.backoff.tck;

import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The suite itself: every test class and test method of this jar (or classes directory). A runner's results must list
 * exactly these tests ({@code tck/report} checks it), so a test that a runner did not run, whatever the reason, shows.
 */
public final class Suite {

    private Suite() {
    }

    /** A test method of the suite, by class and method name (a parameterized one counts once). */
    public record TestId(String testClass, String method) implements Comparable<TestId> {
        @Override
        public int compareTo(TestId other) {
            return Comparator.comparing(TestId::testClass).thenComparing(TestId::method).compare(this, other);
        }

        @Override
        public String toString() {
            return testClass + "#" + method;
        }
    }

    /** Where the suite's classes are: the TCK jar, or its classes directory in an IDE. */
    public static Path location() {
        try {
            return Path.of(Suite.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The classes of the suite that declare a test method. */
    public static List<Class<?>> testClasses() {
        return classNames().stream().map(Suite::load).filter(c -> !testMethods(c).isEmpty()).toList();
    }

    /** Every test of the suite. */
    public static Set<TestId> tests() {
        Set<TestId> tests = new TreeSet<>();
        for (Class<?> type : testClasses()) {
            testMethods(type).forEach(m -> tests.add(new TestId(type.getName(), m.getName())));
        }
        return tests;
    }

    private static List<Method> testMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> AnnotationSupport.isAnnotated(m, Testable.class))
                .toList();
    }

    private static List<String> classNames() {
        Path location = location();
        try {
            if (Files.isDirectory(location)) {
                return classNames(location);
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return classNames(jar.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> classNames(Path root) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (!name.endsWith("package-info") && !name.endsWith("module-info")) {
                    names.add(name);
                }
            });
        }
        return names;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Suite.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
