package dev.backoff.benchmarks.startup;

import dev.backoff.benchmarks.startup.StartupRun.Results;
import dev.backoff.benchmarks.startup.StartupRun.Step;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What CI checks of {@link StartupRun}: one round at the smallest size, every step in its child JVM, and that each
 * variant is what it claims. The numbers of a smoke run mean nothing; docs/performance.md has real ones.
 */
class StartupSmokeTest {

    private static final int METHODS = 100;

    @Test
    void everyVariantStartsWithItsInterceptorOrWithout() throws Exception {
        Results results = StartupRun.run(1, List.of(METHODS), System.out);
        System.out.print(results.tables());

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
