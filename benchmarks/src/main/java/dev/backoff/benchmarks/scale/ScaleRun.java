package dev.backoff.benchmarks.scale;

import dev.backoff.benchmarks.Cdi;
import dev.backoff.benchmarks.Flake;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RetryPolicy;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.jboss.weld.environment.se.WeldContainer;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The scale run: {@code calls} asynchronous calls started one after the other on one thread, each failing its first
 * attempt at once and so waiting {@code wait} before its one retry, which succeeds. It reports whether all of them
 * were pending at once, the threads the process had then and at its peak, the heap each pending call held (heap
 * used after a full GC, all pending, minus the same before the first call, divided by {@code calls}), and the time
 * until all had completed.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.backoff.benchmarks.scale.ScaleRun all 100000 10000
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar dev.backoff.benchmarks.scale.ScaleRun backoff 100000 10000
 * </pre>
 * With {@code all}, each library runs in a JVM of its own ({@code -Xmx4g}, nothing else loaded), one after the
 * other, and the results are printed as a Markdown table. Before measuring, 20,000 calls with a 1 ms wait warm the
 * same code up.
 */
public final class ScaleRun {

    /** The libraries, as named on the command line. */
    public static final List<String> LIBRARIES = List.of("backoff", "smallrye", "failsafe", "resilience4j");

    private static final int WARM_CALLS = 20_000;

    private ScaleRun() {
    }

    /** What one run measured. */
    public record Result(String library, int calls, long waitMillis, double submitMillis, double allPendingMillis,
                         int pendingAtOnce, int threadsAtStart, int threadsPending, int threadsPeak,
                         double heapPerCallBytes, double finishMillis, int succeeded) {

        /** Time from the moment all were pending plus the wait, to the last completion. */
        public double afterWaitMillis() {
            return finishMillis - allPendingMillis - waitMillis;
        }

        String line() {
            return String.join("|", "RESULT", library, Integer.toString(calls), Long.toString(waitMillis),
                    fmt(submitMillis), fmt(allPendingMillis), Integer.toString(pendingAtOnce),
                    Integer.toString(threadsAtStart), Integer.toString(threadsPending), Integer.toString(threadsPeak),
                    fmt(heapPerCallBytes), fmt(finishMillis), Integer.toString(succeeded));
        }

        static Result parse(String line) {
            String[] f = line.split("\\|");
            return new Result(f[1], Integer.parseInt(f[2]), Long.parseLong(f[3]), Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]),
                    Integer.parseInt(f[8]), Integer.parseInt(f[9]), Double.parseDouble(f[10]),
                    Double.parseDouble(f[11]), Integer.parseInt(f[12]));
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %,d | %,d | %,.0f | %s | %d / %d / %d | %,.0f | %,.0f | %,.0f |",
                    library, calls, waitMillis, submitMillis, pendingAtOnce == calls ? "all" : pendingAtOnce + " max",
                    threadsAtStart, threadsPending, threadsPeak, heapPerCallBytes, finishMillis, afterWaitMillis());
        }

        static String header() {
            return "| library | calls | wait (ms) | submit (ms) | pending at once | threads: start / all pending / peak"
                    + " | heap per pending call (B) | all done (ms) | done after the wait (ms) |\n"
                    + "|---|---:|---:|---:|---|---|---:|---:|---:|";
        }
    }

    /** The subject of a run: a library's retrying call and its warm-up twin. */
    interface Subject extends AutoCloseable {
        CompletionStage<String> warm(Ticket ticket);

        CompletionStage<String> call(Ticket ticket);

        @Override
        void close();
    }

    public static void main(String[] args) throws Exception {
        String library = args.length > 0 ? args[0] : "all";
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long waitMillis = args.length > 2 ? Long.parseLong(args[2]) : 10_000;
        if (library.equals("all")) {
            List<Result> results = new ArrayList<>();
            for (String each : LIBRARIES) {
                results.add(inChildJvm(each, calls, waitMillis));
            }
            System.out.println();
            System.out.println(Result.header());
            results.forEach(r -> System.out.println(r.row()));
        } else {
            Result result = run(library, calls, waitMillis);
            System.out.println(result.line());
            System.out.println(Result.header());
            System.out.println(result.row());
        }
        System.exit(0); // library threads (Failsafe's, SmallRye's pools) are not all daemons
    }

    private static Result inChildJvm(String library, int calls, long waitMillis) throws IOException,
            InterruptedException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx4g", "-cp", System.getProperty("java.class.path"),
                ScaleRun.class.getName(), library, Integer.toString(calls), Long.toString(waitMillis))
                .redirectErrorStream(true);
        Process process = builder.start();
        Result result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                System.out.println("[" + library + "] " + line);
                if (line.startsWith("RESULT|")) {
                    result = Result.parse(line);
                }
            }
        }
        int exit = process.waitFor();
        if (result == null) {
            throw new IllegalStateException(library + ": the child JVM exited with " + exit + " and no result");
        }
        return result;
    }

    /** One run in this JVM, after {@value #WARM_CALLS} warm-up calls. */
    public static Result run(String library, int calls, long waitMillis) throws Exception {
        return run(library, calls, waitMillis, WARM_CALLS);
    }

    /** One run in this JVM, after {@code warmCalls} calls with a 1 ms wait; its warnings to standard output. */
    public static Result run(String library, int calls, long waitMillis, int warmCalls) throws Exception {
        return run(library, calls, waitMillis, warmCalls, System.out);
    }

    /** One run in this JVM, after {@code warmCalls} calls with a 1 ms wait; its warnings to {@code warnings}. */
    public static Result run(String library, int calls, long waitMillis, int warmCalls, PrintStream warnings)
            throws Exception {
        int threadsAtStart = ManagementFactory.getThreadMXBean().getThreadCount();
        ManagementFactory.getThreadMXBean().resetPeakThreadCount();
        try (Subject subject = subject(library, waitMillis)) {
            warmUp(subject, warmCalls);
            return measure(library, subject, calls, waitMillis, threadsAtStart, warnings);
        }
    }

    private static void warmUp(Subject subject, int warmCalls) throws Exception {
        Ticket.reset();
        CompletableFuture<?>[] done = new CompletableFuture<?>[warmCalls];
        for (int i = 0; i < warmCalls; i++) {
            done[i] = subject.warm(new Ticket()).toCompletableFuture();
        }
        CompletableFuture.allOf(done).get(2, TimeUnit.MINUTES);
    }

    private static Result measure(String library, Subject subject, int calls, long waitMillis, int threadsAtStart,
                                  PrintStream warnings) throws Exception {
        Ticket[] tickets = new Ticket[calls];
        for (int i = 0; i < calls; i++) {
            tickets[i] = new Ticket();
        }
        CompletableFuture<?>[] done = new CompletableFuture<?>[calls];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Ticket.reset();
        long heapBefore = usedHeapAfterGc();

        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            done[i] = subject.call(tickets[i]).toCompletableFuture();
        }
        long submitted = System.nanoTime();
        while (Ticket.FIRST.get() < calls) { // Failsafe makes its first attempts on a pool
            Thread.onSpinWait();
        }
        long allPending = System.nanoTime();
        int pendingAtOnce = calls - Ticket.SECOND.get();
        int threadsPending = threads.getThreadCount();
        long heapPending = usedHeapAfterGc();
        if (Ticket.SECOND.get() > 0) { // the GC took longer than the wait: not all were pending when measured
            warnings.println("warning: " + Ticket.SECOND.get() + " retries had started when the heap was measured;"
                    + " use a longer wait");
        }

        try {
            CompletableFuture.allOf(done).get(waitMillis + 600_000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException(library + ": not all calls completed", e);
        }
        long finished = System.nanoTime();
        int succeeded = 0;
        for (CompletableFuture<?> future : done) {
            if ("done".equals(future.join())) {
                succeeded++;
            }
        }
        return new Result(library, calls, waitMillis, millis(submitted - start), millis(allPending - start),
                pendingAtOnce, threadsAtStart, threadsPending, threads.getPeakThreadCount(),
                (double) (heapPending - heapBefore) / calls, millis(finished - start), succeeded);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static Subject subject(String library, long waitMillis) {
        return switch (library) {
            case "backoff" -> backoff(waitMillis);
            case "smallrye" -> smallrye(waitMillis);
            case "failsafe" -> failsafe(waitMillis);
            case "resilience4j" -> resilience4j(waitMillis);
            default -> throw new IllegalArgumentException("unknown library " + library + "; one of " + LIBRARIES);
        };
    }

    private static Subject backoff(long waitMillis) {
        return inContainer(ScaleBeans.WithBackoff.class, "Backoff/scale/interval", waitMillis + "ms");
    }

    private static Subject smallrye(long waitMillis) {
        return inContainer(ScaleBeans.WithRetry.class, ScaleBeans.WithRetry.class.getName() + "/call/Retry/delay",
                Long.toString(waitMillis));
    }

    /**
     * A Weld container with one bean under test, and the config key that sets its wait: both go when the subject
     * closes, so that a later container in the same JVM (the smoke run runs every library in one) does not see a key
     * for a bean it does not have.
     */
    private static Subject inContainer(Class<? extends ScaleBeans.Calls> beanClass, String waitKey, String wait) {
        System.setProperty(waitKey, wait);
        WeldContainer container = Cdi.weld(beanClass).initialize();
        ScaleBeans.Calls bean = container.select(beanClass).get();
        return new Subject() {
            @Override
            public CompletionStage<String> warm(Ticket ticket) {
                return bean.warm(ticket);
            }

            @Override
            public CompletionStage<String> call(Ticket ticket) {
                return bean.call(ticket);
            }

            @Override
            public void close() {
                container.close();
                System.clearProperty(waitKey);
            }
        };
    }

    /** Failsafe's defaults: attempts on the common pool, its own delay scheduler thread. */
    private static Subject failsafe(long waitMillis) {
        ScaleBeans.Plain plain = new ScaleBeans.Plain();
        FailsafeExecutor<String> warm = Failsafe.with(failsafePolicy(1));
        FailsafeExecutor<String> call = Failsafe.with(failsafePolicy(waitMillis));
        return new Subject() {
            @Override
            public CompletionStage<String> warm(Ticket ticket) {
                return warm.getStageAsync(() -> plain.call(ticket));
            }

            @Override
            public CompletionStage<String> call(Ticket ticket) {
                return call.getStageAsync(() -> plain.call(ticket));
            }

            @Override
            public void close() {
            }
        };
    }

    private static RetryPolicy<String> failsafePolicy(long waitMillis) {
        return RetryPolicy.<String>builder().handle(Flake.class).withMaxRetries(1)
                .withDelay(Duration.ofMillis(waitMillis)).build();
    }

    /** Resilience4j's {@code decorateCompletionStage} with one scheduler thread, as its docs show. */
    private static Subject resilience4j(long waitMillis) {
        ScaleBeans.Plain plain = new ScaleBeans.Plain();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        Retry warm = Retry.of("warm", resilience4jConfig(1));
        Retry call = Retry.of("call", resilience4jConfig(waitMillis));
        return new Subject() {
            @Override
            public CompletionStage<String> warm(Ticket ticket) {
                return Retry.decorateCompletionStage(warm, scheduler, () -> plain.call(ticket)).get();
            }

            @Override
            public CompletionStage<String> call(Ticket ticket) {
                return Retry.decorateCompletionStage(call, scheduler, () -> plain.call(ticket)).get();
            }

            @Override
            public void close() {
                scheduler.shutdownNow();
            }
        };
    }

    private static RetryConfig resilience4jConfig(long waitMillis) {
        return RetryConfig.custom().maxAttempts(2).waitDuration(Duration.ofMillis(waitMillis))
                .retryExceptions(Flake.class).build();
    }
}
