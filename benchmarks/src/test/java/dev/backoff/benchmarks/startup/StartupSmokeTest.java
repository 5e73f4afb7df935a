package dev.backoff.benchmarks.startup;

import dev.backoff.benchmarks.startup.StartupRun.Results;
import dev.backoff.benchmarks.startup.StartupRun.Step;
import org.junit.jupiter.api.Test;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What CI checks of {@link StartupRun}: one round at the smallest size, every step in its child JVM, and that each
 * variant is what it claims. The numbers of a smoke run mean nothing; docs/performance.md has real ones. The run's
 * progress and tables go to {@code target/startup-smoke-run.txt}, not to the build's log, which gets one line.
 */
class StartupSmokeTest {

    private static final int METHODS = 100;
    private static final Path NUMBERS = Path.of("target", "startup-smoke-run.txt");

    @Test
    void everyVariantStartsWithItsInterceptorOrWithout() throws Exception {
        Files.createDirectories(NUMBERS.getParent());
        Results results;
        try (PrintStream numbers = new PrintStream(Files.newOutputStream(NUMBERS), true, StandardCharsets.UTF_8)) {
            results = StartupRun.run(1, List.of(METHODS), numbers);
            numbers.print(results.tables());
        }
        System.out.println("Smoke run: every startup variant started, " + METHODS + " methods (numbers in " + NUMBERS
                + ")");

        // the probe's first try fails: retried (2 tries) under @Backoff or @Retry, not under the no-op interceptor;
        // and it tells whether the container made its bean an intercepted subclass
        for (Step start : List.of(Step.WELD_START, Step.ARC_START)) {
            assertEquals("2 tries, intercepted", check(results, start, Variant.BACKOFF));
            assertEquals("1 try, intercepted", check(results, start, Variant.NOOP));
            assertEquals("1 try, not intercepted", check(results, start, Variant.PLAIN));
        }
        assertEquals("2 tries, intercepted", check(results, Step.WELD_START, Variant.RETRY));
        assertEquals(METHODS + " intercepted methods", check(results, Step.ARC_BUILD, Variant.BACKOFF));
        assertEquals(METHODS + " intercepted methods", check(results, Step.ARC_BUILD, Variant.NOOP));
        assertEquals("0 intercepted methods", check(results, Step.ARC_BUILD, Variant.PLAIN));

        for (Report[] reports : results.reports().values()) {
            assertTrue(Arrays.stream(reports).allMatch(r -> r.millis() > 0 && r.cpuMillis() > 0),
                    Arrays.toString(reports));
        }
    }

    private static String check(Results results, Step step, Variant variant) {
        return results.reports(step, variant, METHODS)[0].check();
    }
}
