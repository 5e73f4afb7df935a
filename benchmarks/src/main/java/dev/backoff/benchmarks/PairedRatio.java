package dev.backoff.benchmarks;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The ratio of two benchmarks measured as pairs close in time, for a machine whose load changes while it measures:
 * each round runs both benchmarks of a pair one after the other (each in a fresh fork: 2 warm-up and 3 measurement
 * iterations of 1 s), swapping their order every round, and takes the ratio of the two scores. The median over the
 * rounds and its range are reported. A plain JMH run measures one benchmark's forks, then the next's, minutes apart;
 * with other builds coming and going on 2 cores that alone can move a ratio by more than the 1.2x under test.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.backoff.benchmarks.PairedRatio [rounds] [Floor.bench:Other.bench[@threads] ...]
 * </pre>
 * A pair ending in {@code @2} runs both benchmarks on two threads at once (one shared state, for the benchmarks whose
 * state is {@code Scope.Benchmark}).
 * The default pairs are the SPEC 8 ones: the no-op interceptor against {@code @Backoff}, sync (both bean shapes) and
 * async.
 */
public final class PairedRatio {

    static final List<String> DEFAULT_PAIRS = List.of(
            "SyncSuccess.noopInterceptor:SyncSuccess.backoff",
            "SyncSuccess.noopInterceptorDependent:SyncSuccess.backoffDependent",
            "AsyncSuccess.noopInterceptor:AsyncSuccess.backoff");

    private PairedRatio() {
    }

    public static void main(String[] args) throws RunnerException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> pairs = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : DEFAULT_PAIRS;
        List<String> lines = new ArrayList<>();
        lines.add("| floor | measured | floor ns/op (median) | measured ns/op (median) | ratio: median | min | max |");
        lines.add("|---|---|---:|---:|---:|---:|---:|");
        for (String pair : pairs) {
            String[] threadsApart = pair.split("@");
            int threads = threadsApart.length > 1 ? Integer.parseInt(threadsApart[1]) : 1;
            String[] names = threadsApart[0].split(":");
            double[] floor = new double[rounds];
            double[] measured = new double[rounds];
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                if (round % 2 == 0) {
                    floor[round] = score(names[0], threads);
                    measured[round] = score(names[1], threads);
                } else {
                    measured[round] = score(names[1], threads);
                    floor[round] = score(names[0], threads);
                }
                ratios[round] = measured[round] / floor[round];
                System.out.printf(Locale.ROOT, "round %d: %s %.1f, %s %.1f ns/op, ratio %.3f%n", round + 1,
                        names[0], floor[round], names[1], measured[round], ratios[round]);
            }
            lines.add(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.3f | %.3f | %.3f |", names[0],
                    names[1] + (threads > 1 ? " (" + threads + " threads)" : ""),
                    median(floor), median(measured), median(ratios), Arrays.stream(ratios).min().orElse(0),
                    Arrays.stream(ratios).max().orElse(0)));
        }
        System.out.println();
        System.out.println(rounds + " rounds");
        lines.forEach(System.out::println);
    }

    private static double score(String benchmark, int threads) throws RunnerException {
        Options options = new OptionsBuilder()
                .include("^" + Pattern.quote("dev.backoff.benchmarks." + benchmark) + "$")
                .forks(1)
                .threads(threads)
                .warmupIterations(2).warmupTime(TimeValue.seconds(1))
                .measurementIterations(3).measurementTime(TimeValue.seconds(1))
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        if (results.size() != 1) {
            throw new IllegalArgumentException("no single benchmark named " + benchmark);
        }
        return results.iterator().next().getPrimaryResult().getScore();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
