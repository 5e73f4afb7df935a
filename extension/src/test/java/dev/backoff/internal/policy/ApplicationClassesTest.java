package dev.backoff.internal.policy;

import dev.backoff.Backoff;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;

import static dev.backoff.internal.policy.ReaderHarness.onMethod;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC 5.1: a class that config names ({@code on}, {@code abortOn}) is loaded as the application's classes are, by
 * the thread's context class loader, not by the library's: in a server, the application's exceptions are invisible to
 * a library in a shared class loader.
 */
class ApplicationClassesTest {

    private final ReaderHarness config = new ReaderHarness();

    @Test
    void configNamesClassesOfTheContextClassLoader() throws Exception {
        URL tests = ApplicationClassesTest.class.getProtectionDomain().getCodeSource().getLocation();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        // sees this module's test classes again, as classes of its own, and nothing of the library's loader
        try (URLClassLoader application = new URLClassLoader("application", new URL[] {tests},
                ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(application);
            config.set(Api.class.getName() + "/fetch/Backoff/on", Own.class.getName());

            Policy policy = config.valid(onMethod(Api.class, "fetch"));

            assertThat(policy.on()).singleElement().satisfies(type -> {
                assertThat(type.getName()).isEqualTo(Own.class.getName());
                assertThat(type.getClassLoader()).isSameAs(application);
            });
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** Where a container sets no context class loader, the declaring class's loader is asked. */
    @Test
    void withoutAContextClassLoaderTheDeclaringClasssLoaderIsAsked() {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(null);
            config.set(Api.class.getName() + "/fetch/Backoff/on", Own.class.getName());

            assertThat(config.valid(onMethod(Api.class, "fetch")).on()).containsExactly(Own.class);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** An exception of the application's own. */
    public static class Own extends Exception {
    }

    public static class Api {
        @Backoff
        public String fetch() {
            return "";
        }
    }
}
