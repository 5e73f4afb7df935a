package dev.backoff.benchmarks.startup;

import com.sun.management.OperatingSystemMXBean;

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
 * @param millis              wall-clock time of the step itself: the container's start, or the ArC build
 * @param cpuMillis           CPU time the process spent during the step, on all its threads (the container's
 *                            deployment threads, JIT compilers and GC included); other processes' load slows the
 *                            step down, but adds little to it
 * @param sinceJvmStartMillis from the JVM's start to the end of the step
 * @param check               what shows the variant is what it claims: the probe's answer after a start
 *                            ({@link GeneratedApp}), the number of intercepted methods after an ArC build
 */
record Report(double millis, double cpuMillis, double sinceJvmStartMillis, String check) {

    private static final String PREFIX = "RESULT ";

    /** Times a child's step: made just before it, {@link #stop()} just after. */
    static final class Timer {

        // loaded before the step starts, so that its classes are not part of it
        private static final OperatingSystemMXBean OS =
                (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        private final long cpuStart = OS.getProcessCpuTime();
        private final long start = System.nanoTime();
        private long end;
        private long cpuEnd;
        private long endMillis;

        void stop() {
            end = System.nanoTime();
            cpuEnd = OS.getProcessCpuTime();
            endMillis = System.currentTimeMillis();
        }

        Report report(String check) {
            return new Report((end - start) / 1e6, (cpuEnd - cpuStart) / 1e6,
                    endMillis - ManagementFactory.getRuntimeMXBean().getStartTime(), check);
        }
    }

    void print() {
        System.out.println(String.format(Locale.ROOT, "%s%.3f %.3f %d %s", PREFIX, millis, cpuMillis,
                (long) sinceJvmStartMillis, check));
    }

    static Report read(Path log) throws IOException {
        List<String> results = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith(PREFIX)).toList();
        if (results.isEmpty()) {
            throw new IllegalStateException("no " + PREFIX.trim() + " line in " + log);
        }
        String[] f = results.get(results.size() - 1).substring(PREFIX.length()).split(" ", 4);
        return new Report(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]), f[3]);
    }

    /** Calls the generated application's probe on the bean {@code lookup} gives, through the container. */
    static String probe(Function<Class<?>, Object> lookup) throws ReflectiveOperationException {
        Class<?> type = Class.forName(GeneratedApp.PROBE_CLASS);
        Method probe = type.getMethod(GeneratedApp.PROBE_METHOD, String.class);
        try {
            return (String) probe.invoke(lookup.apply(type), "probe");
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IOException failed) {
                return "1 try, " + failed.getMessage();
            }
            throw e;
        }
    }
}
