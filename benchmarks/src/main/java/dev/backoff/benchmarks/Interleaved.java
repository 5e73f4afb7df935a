package dev.backoff.benchmarks;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The {@code @Backoff}/no-op ratios measured interleaved in one JVM: rounds of short batches (by default 20,000
 * calls each) of every variant in turn, the order rotating every round, and the ratio of each pair taken within a
 * round, milliseconds apart. Load from other processes then hits both sides of a ratio alike, which neither a JMH run
 * (one benchmark's forks after the other's) nor {@link PairedRatio} (one fork each, seconds apart) can give on a busy
 * 2-core machine. The cost: the container's shared code sees both interceptors, as in an application with several,
 * so both sides are a little slower than in a JMH fork that runs one of them alone. JMH remains the reference for
 * the absolute numbers; this is for the ratio.
 *
 * <p>With {@code threads} above 1, each batch is run by that many threads at once, each making {@code batch} calls,
 * on the same beans: the policy under a retry budget then deposits into one budget from every thread (SPEC 10.2), and
 * a time per call is the batch's wall-clock time over {@code batch}.
 *
 * <p>With {@code span}, a span that does not record is current throughout, on every thread (SPEC 4.4, 8: the
 * OpenTelemetry API is on this class path, and an application's request that is not sampled has such a span);
 * without it, no span is.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.backoff.benchmarks.Interleaved [rounds] [batch] [threads] [span]</pre>
 */
public final class Interleaved {

    private static final String INPUT = "hello";
    private static volatile int sink;

    private Interleaved() {
    }

    private enum Variant {
        NOOP, BACKOFF, NOOP_DEPENDENT, BACKOFF_DEPENDENT, ASYNC_NOOP, ASYNC_BACKOFF, BUDGET, ASYNC_BUDGET
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int threads = 1;
        boolean span = false;
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("span")) {
                span = true;
            } else {
                threads = Integer.parseInt(args[i]);
            }
        }
        Variant[] variants = Variant.values();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Cdi cdi = Cdi.start(); Scope current = span ? TracedSuccess.notRecording() : null) {
            long warmUntil = System.nanoTime() + 10_000_000_000L;
            while (System.nanoTime() < warmUntil) {
                for (Variant v : variants) {
                    time(pool, threads, cdi, v, batch);
                }
            }
            double[][] nanosPerCall = new double[variants.length][rounds];
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < variants.length; k++) {
                    Variant v = variants[(k + round) % variants.length];
                    nanosPerCall[v.ordinal()][round] = (double) time(pool, threads, cdi, v, batch) / batch;
                }
            }
            System.out.printf(Locale.ROOT, "%d rounds of %,d calls per variant and thread, %d thread(s), after 10 s"
                    + " of warm-up%s%n", rounds, batch, threads, span ? ", a span that does not record current" : "");
            System.out.println("| floor | measured | floor ns/call (median) | measured ns/call (median)"
                    + " | ratio: median | 25th pct | 75th pct |");
            System.out.println("|---|---|---:|---:|---:|---:|---:|");
            report(nanosPerCall, Variant.NOOP, "SyncSuccess no-op", Variant.BACKOFF, "SyncSuccess @Backoff");
            report(nanosPerCall, Variant.NOOP_DEPENDENT, "SyncSuccess, @Dependent no-op", Variant.BACKOFF_DEPENDENT,
                    "SyncSuccess, @Dependent @Backoff");
            report(nanosPerCall, Variant.ASYNC_NOOP, "AsyncSuccess no-op", Variant.ASYNC_BACKOFF,
                    "AsyncSuccess @Backoff");
            report(nanosPerCall, Variant.NOOP, "SyncSuccess no-op", Variant.BUDGET, "@Backoff(budget)");
            report(nanosPerCall, Variant.ASYNC_NOOP, "AsyncSuccess no-op", Variant.ASYNC_BUDGET,
                    "async @Backoff(budget)");
            report(nanosPerCall, Variant.BACKOFF, "SyncSuccess @Backoff", Variant.BUDGET, "@Backoff(budget)");
            report(nanosPerCall, Variant.ASYNC_BACKOFF, "AsyncSuccess @Backoff", Variant.ASYNC_BUDGET,
                    "async @Backoff(budget)");
        } finally {
            pool.shutdown();
        }
    }

    private static void report(double[][] nanos, Variant floor, String floorName, Variant measured,
                               String measuredName) {
        double[] f = nanos[floor.ordinal()];
        double[] m = nanos[measured.ordinal()];
        double[] ratios = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            ratios[i] = m[i] / f[i];
        }
        System.out.printf(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.3f | %.3f | %.3f |%n", floorName, measuredName,
                percentile(f, 50), percentile(m, 50), percentile(ratios, 50), percentile(ratios, 25),
                percentile(ratios, 75));
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.round((sorted.length - 1) * p / 100)];
    }

    /** The wall-clock time of {@code threads} threads making {@code n} calls each of {@code v}, together. */
    private static long time(ExecutorService pool, int threads, Cdi cdi, Variant v, int n) throws Exception {
        if (threads == 1) {
            return time(cdi, v, n);
        }
        // the caller's context, its span with it, is current in every batch
        List<Callable<Long>> batches = Collections.nCopies(threads, Context.current().wrap(() -> time(cdi, v, n)));
        long start = System.nanoTime();
        for (Future<Long> done : pool.invokeAll(batches)) {
            done.get();
        }
        return System.nanoTime() - start;
    }

    private static long time(Cdi cdi, Variant v, int n) {
        long start = System.nanoTime();
        int h = switch (v) {
            case NOOP -> noop(cdi.noop, n);
            case BACKOFF -> backoff(cdi.backoff, n);
            case NOOP_DEPENDENT -> noopDependent(cdi.dependentNoop, n);
            case BACKOFF_DEPENDENT -> backoffDependent(cdi.dependentBackoff, n);
            case ASYNC_NOOP -> asyncNoop(cdi.noop, n);
            case ASYNC_BACKOFF -> asyncBackoff(cdi.backoff, n);
            case BUDGET -> budget(cdi.budgeted, n);
            case ASYNC_BUDGET -> asyncBudget(cdi.budgeted, n);
        };
        long elapsed = System.nanoTime() - start;
        sink += h;
        return elapsed;
    }

    // One loop per variant, so that each call site sees one receiver type only.

    private static int noop(NoopService bean, int n) {
        int h = 0;
        for (int i = 0; i < n; i++) {
            h += bean.echo(INPUT).length();
        }
        return h;
    }

    private static int backoff(BackoffService bean, int n) {
        int h = 0;
        for (int i = 0; i < n; i++) {
            h += bean.echo(INPUT).length();
        }
        return h;
    }

    private static int noopDependent(DependentBeans.NoopEcho bean, int n) {
        int h = 0;
        for (int i = 0; i < n; i++) {
            h += bean.echo(INPUT).length();
        }
        return h;
    }

    private static int backoffDependent(DependentBeans.BackoffEcho bean, int n) {
        int h = 0;
        for (int i = 0; i < n; i++) {
            h += bean.echo(INPUT).length();
        }
        return h;
    }

    private static int asyncNoop(NoopService bean, int n) {
        int h = 0;
        for (int i = 0; i < n; i++) {
            h += bean.echoAsync(INPUT).toCompletableFuture().join().length();
        }
        return h;
    }

    private static int asyncBackoff(BackoffService bean, int n) {
        int h = 0;
        for (int i = 0; i < n; i++) {
            h += bean.echoAsync(INPUT).toCompletableFuture().join().length();
        }
        return h;
    }

    private static int budget(BudgetedService bean, int n) {
        int h = 0;
        for (int i = 0; i < n; i++) {
            h += bean.echo(INPUT).length();
        }
        return h;
    }

    private static int asyncBudget(BudgetedService bean, int n) {
        int h = 0;
        for (int i = 0; i < n; i++) {
            h += bean.echoAsync(INPUT).toCompletableFuture().join().length();
        }
        return h;
    }
}
