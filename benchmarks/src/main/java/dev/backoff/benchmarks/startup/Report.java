package dev.backoff.benchmarks.startup;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What one child JVM of {@link StartupRun} measured, printed by the child as its last {@code RESULT} line and read
 * back by the parent from the child's log.
 *
 * @param millis              the step itself: the container's start, or the ArC build
 * @param sinceJvmStartMillis from the JVM's start to the end of the step
 * @param check               what shows the variant is what it claims: the probe's tries after a start (2 with a
 *                            retry interceptor, 1 without), the number of intercepted methods after an ArC build
 */
record Report(double millis, double sinceJvmStartMillis, int check) {

    private static final String PREFIX = "RESULT ";

    /** For a child: the step took from {@code startNanos} to {@code endNanos}, which was at {@code endMillis}. */
    static Report of(long startNanos, long endNanos, long endMillis, int check) {
        return new Report((endNanos - startNanos) / 1e6,
                endMillis - ManagementFactory.getRuntimeMXBean().getStartTime(), check);
    }

    void print() {
        System.out.println(String.format(Locale.ROOT, "%s%.3f %d %d", PREFIX, millis, (long) sinceJvmStartMillis,
                check));
    }

    static Report read(Path log) throws IOException {
        List<String> results = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith(PREFIX)).toList();
        if (results.isEmpty()) {
            throw new IllegalStateException("no " + PREFIX.trim() + " line in " + log);
        }
        String[] f = results.get(results.size() - 1).substring(PREFIX.length()).split(" ");
        return new Report(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Integer.parseInt(f[2]));
    }

    /**
     * Calls the generated application's probe on the bean {@code lookup} gives, through the container, and returns
     * the tries it took: 2 if an interceptor retried its first try's {@code IOException}, 1 if nothing did.
     */
    static int probeTries(Function<Class<?>, Object> lookup) throws ReflectiveOperationException {
        Class<?> type = Class.forName(GeneratedApp.PROBE_CLASS);
        Method probe = type.getMethod(GeneratedApp.PROBE_METHOD, String.class);
        try {
            return Integer.parseInt((String) probe.invoke(lookup.apply(type), "probe"));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IOException) {
                return 1;
            }
            throw e;
        }
    }
}
