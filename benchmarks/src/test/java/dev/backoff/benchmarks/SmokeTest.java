package dev.backoff.benchmarks;

import dev.backoff.benchmarks.jitter.JitterSimulation;
import dev.backoff.benchmarks.jitter.JitterSimulation.Algorithm;
import dev.backoff.benchmarks.jitter.JitterSimulation.Cell;
import dev.backoff.benchmarks.scale.ScaleRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What CI checks of the benchmarks: that each runs and produces a result, in a one-second smoke run (in this JVM,
 * half a second of warm-up and half a second of measurement each, with the GC profiler), that the scale run and
 * the jitter simulation run on a small scale. The numbers of a smoke run mean nothing; docs/performance.md has real
 * ones and the commands that made them. They go to {@code target/smoke-run.txt}, not to the build's log, which gets
 * one line per test.
 */
class SmokeTest {

    private static final List<Class<?>> BENCHMARKS = List.of(SyncSuccess.class, AsyncSuccess.class, OneRetry.class,
            BudgetDeposit.class, BudgetSuccess.class);
    private static final Path NUMBERS = Path.of("target", "smoke-run.txt");

    @BeforeAll
    static void startNumbers() throws IOException {
        Files.createDirectories(NUMBERS.getParent());
        Files.writeString(NUMBERS, "Smoke run of the benchmarks, in the build's JVM: the numbers mean nothing.\n");
    }

    private static void keep(List<String> lines) throws IOException {
        Files.write(NUMBERS, lines, StandardOpenOption.APPEND);
    }

    @Test
    void everyJmhBenchmarkProducesAResult() throws Exception {
        // JMH refuses to start while another JMH run holds /tmp/jmh.lock (a measurement, or another build's smoke
        // run on the same machine). A smoke run measures nothing, so it need not wait for, or fail on, that lock.
        System.setProperty("jmh.ignoreLock", "true");
        Options options = new OptionsBuilder()
                .include("dev\\.backoff\\.benchmarks\\.(SyncSuccess|AsyncSuccess|OneRetry|BudgetDeposit|BudgetSuccess)\\.")
                .forks(0)
                .warmupIterations(1).warmupTime(TimeValue.milliseconds(500))
                .measurementIterations(1).measurementTime(TimeValue.milliseconds(500))
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> runs = new Runner(options).run();

        Map<String, RunResult> byName = new TreeMap<>();
        for (RunResult run : runs) {
            byName.put(run.getParams().getBenchmark(), run);
        }
        assertEquals(expectedBenchmarks(), byName.keySet());
        List<String> numbers = new ArrayList<>(List.of("JMH, 1 s each:"));
        byName.forEach((name, run) -> {
            Result<?> score = run.getPrimaryResult();
            Result<?> bytes = run.getSecondaryResults().get("gc.alloc.rate.norm");
            assertTrue(score.getScore() > 0 && Double.isFinite(score.getScore()), name + ": " + score);
            assertTrue(bytes != null && bytes.getScore() >= 0, name + ": no gc.alloc.rate.norm");
            numbers.add(String.format(Locale.ROOT, "  %-45s %12.1f %s %10.1f B/op", name, score.getScore(),
                    score.getScoreUnit(), bytes.getScore()));
        });
        keep(numbers);
        System.out.println("Smoke run: " + byName.size() + " JMH benchmarks gave a result (numbers in " + NUMBERS + ")");

        // SPEC 8: the sync success path allocates nothing of its own. Bytes per call do not depend on the load, so
        // even a smoke run shows an allocation added to the path (the smallest object is 16 bytes).
        assertAllocatesNoMoreThan(byName, "SyncSuccess.noopInterceptor", "SyncSuccess.backoff");
        assertAllocatesNoMoreThan(byName, "SyncSuccess.noopInterceptorDependent", "SyncSuccess.backoffDependent");
        // a retry budget's deposit is on that path too
        assertAllocatesNoMoreThan(byName, "BudgetDeposit.empty", "BudgetDeposit.deposit");
        assertAllocatesNoMoreThan(byName, "BudgetDeposit.empty", "BudgetDeposit.depositTwoThreads");
        assertAllocatesNoMoreThan(byName, "BudgetSuccess.noopInterceptor", "BudgetSuccess.backoffBudget");
    }

    private static void assertAllocatesNoMoreThan(Map<String, RunResult> byName, String floor, String measured) {
        double floorBytes = bytesPerOp(byName, floor);
        double measuredBytes = bytesPerOp(byName, measured);
        assertTrue(measuredBytes <= floorBytes + 8, measured + " allocates " + measuredBytes + " B/op, " + floor
                + " " + floorBytes + " B/op: the @Backoff success path allocates something of its own");
    }

    private static double bytesPerOp(Map<String, RunResult> byName, String benchmark) {
        return byName.get("dev.backoff.benchmarks." + benchmark).getSecondaryResults().get("gc.alloc.rate.norm")
                .getScore();
    }

    private static Set<String> expectedBenchmarks() {
        Set<String> names = new TreeSet<>();
        for (Class<?> type : BENCHMARKS) {
            for (Method method : type.getMethods()) {
                if (method.isAnnotationPresent(Benchmark.class)) {
                    names.add(type.getName() + "." + method.getName());
                }
            }
        }
        return names;
    }

    @Test
    void theScaleRunCompletesForEveryLibrary() throws Exception {
        keep(List.of("Scale run, 2,000 calls:"));
        for (String library : ScaleRun.LIBRARIES) {
            ScaleRun.Result result;
            try (PrintStream warnings = new PrintStream(Files.newOutputStream(NUMBERS, StandardOpenOption.APPEND),
                    true, StandardCharsets.UTF_8)) {
                result = ScaleRun.run(library, 2_000, 1_000, 1_000, warnings);
            }
            keep(List.of("  " + result));
            assertEquals(2_000, result.succeeded(), library);
            assertTrue(result.pendingAtOnce() > 0, library);
            assertTrue(result.finishMillis() >= 1_000, library + " waited less than its wait");
        }
        System.out.println("Smoke run: the scale run completed for " + ScaleRun.LIBRARIES.size() + " libraries"
                + " (numbers in " + NUMBERS + ")");
    }

    @Test
    void theJitterSimulationRunsAndJitterBeatsNoJitter() {
        List<Cell> cells = JitterSimulation.simulate(5, 10, 100, 90, 1);
        assertEquals(2 * Algorithm.values().length, cells.size());
        for (Cell cell : cells) {
            assertTrue(cell.calls() >= cell.clients(), cell.toString()); // each client writes at least once
            assertTrue(cell.completionMillis() > 0, cell.toString());
        }
        double none = calls(cells, 100, Algorithm.NONE);
        double full = calls(cells, 100, Algorithm.FULL);
        assertTrue(full < none, "full jitter " + full + " calls, no jitter " + none);
    }

    private static double calls(List<Cell> cells, int clients, Algorithm algorithm) {
        return cells.stream().filter(c -> c.clients() == clients && c.algorithm() == algorithm)
                .mapToDouble(Cell::calls).findFirst().orElseThrow();
    }
}
