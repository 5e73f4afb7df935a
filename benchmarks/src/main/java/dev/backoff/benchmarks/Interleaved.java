package dev.backoff.benchmarks;

import io.opentelemetry.context.Scope;

import java.util.Arrays;
import java.util.Locale;

/**
 * The {@code @Backoff}/no-op ratios measured interleaved in one JVM: rounds of short batches (by default 20,000
 * calls each) of every variant in turn, the order rotating every round, and the ratio of each pair taken within a
 * round, milliseconds apart. Load from other processes then hits both sides of a ratio alike, which neither a JMH run
 * (one benchmark's forks after the other's) nor {@link PairedRatio} (one fork each, seconds apart) can give on a busy
 * 2-core machine. The cost: the container's shared code sees both interceptors, as in an application with several,
 * so both sides are a little slower than in a JMH fork that runs one of them alone. JMH remains the reference for
 * the absolute numbers; this is for the ratio.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.backoff.benchmarks.Interleaved [rounds] [batch] [span]</pre>
 * With {@code span}, a span that does not record is current throughout (SPEC 4.4, 8: the OpenTelemetry API is on this
 * class path, and an application's request that is not sampled has such a span); without it, no span is.
 */
public final class Interleaved {

    private static final String INPUT = "hello";
    private static volatile int sink;

    private Interleaved() {
    }

    private enum Variant {
        NOOP, BACKOFF, NOOP_DEPENDENT, BACKOFF_DEPENDENT, ASYNC_NOOP, ASYNC_BACKOFF
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        boolean span = args.length > 2 && args[2].equals("span");
        Variant[] variants = Variant.values();
        try (Cdi cdi = Cdi.start(); Scope current = span ? TracedSuccess.notRecording() : null) {
            long warmUntil = System.nanoTime() + 10_000_000_000L;
            while (System.nanoTime() < warmUntil) {
                for (Variant v : variants) {
                    time(cdi, v, batch);
                }
            }
            double[][] nanosPerCall = new double[variants.length][rounds];
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < variants.length; k++) {
                    Variant v = variants[(k + round) % variants.length];
                    nanosPerCall[v.ordinal()][round] = (double) time(cdi, v, batch) / batch;
                }
            }
            System.out.printf(Locale.ROOT, "%d rounds of %,d calls per variant, after 10 s of warm-up%s%n", rounds, batch,
                    span ? ", a span that does not record current" : "");
            System.out.println("| floor | measured | floor ns/call (median) | measured ns/call (median)"
                    + " | ratio: median | 25th pct | 75th pct |");
            System.out.println("|---|---|---:|---:|---:|---:|---:|");
            report(nanosPerCall, Variant.NOOP, Variant.BACKOFF, "SyncSuccess");
            report(nanosPerCall, Variant.NOOP_DEPENDENT, Variant.BACKOFF_DEPENDENT, "SyncSuccess, @Dependent");
            report(nanosPerCall, Variant.ASYNC_NOOP, Variant.ASYNC_BACKOFF, "AsyncSuccess");
        }
    }

    private static void report(double[][] nanos, Variant floor, Variant measured, String what) {
        double[] f = nanos[floor.ordinal()];
        double[] m = nanos[measured.ordinal()];
        double[] ratios = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            ratios[i] = m[i] / f[i];
        }
        System.out.printf(Locale.ROOT, "| %s no-op | %s @Backoff | %.1f | %.1f | %.3f | %.3f | %.3f |%n", what, what,
                percentile(f, 50), percentile(m, 50), percentile(ratios, 50), percentile(ratios, 25),
                percentile(ratios, 75));
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.round((sorted.length - 1) * p / 100)];
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
}
