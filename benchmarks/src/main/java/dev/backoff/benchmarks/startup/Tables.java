package dev.backoff.benchmarks.startup;

import dev.backoff.benchmarks.startup.StartupRun.Metric;
import dev.backoff.benchmarks.startup.StartupRun.Results;
import dev.backoff.benchmarks.startup.StartupRun.Step;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The results of a {@link StartupRun} as Markdown: absolute times, then costs per method and their ratios. */
final class Tables {

    /** A column of times: one value of each round's report of a step. */
    private record Column(String header, Step step, ToDoubleFunction<Report> value) {
    }

    private final Results results;
    private final StringBuilder out = new StringBuilder();

    Tables(Results results) {
        this.results = results;
        boolean slopes = results.sizes().size() > 1;
        line(String.format(Locale.ROOT, "%d rounds; load average at the start of each round: %s", results.rounds(),
                Arrays.stream(results.loads()).mapToObj(l -> String.format(Locale.ROOT, "%.2f", l)).toList()));
        line("");
        line("Weld SE 6 with SmallRye Config, ms: median over the rounds (min-max)");
        absolute(StartupRun.WELD_VARIANTS, List.of(
                new Column("container start", Step.WELD_START, Report::millis),
                new Column("CPU time of the start", Step.WELD_START, Report::cpuMillis),
                new Column("JVM start to container started", Step.WELD_START, Report::sinceJvmStartMillis)));
        for (Metric metric : slopes ? Metric.values() : new Metric[0]) {
            perMethod(Step.WELD_START, metric, StartupRun.WELD_VARIANTS);
            ratio(metric, Variant.PLAIN, "no annotation");
            ratio(metric, Variant.NOOP, "the no-op interceptor");
        }
        line("");
        line("Quarkus ArC, build step and runtime start, ms: median over the rounds (min-max)");
        absolute(StartupRun.ARC_VARIANTS, List.of(
                new Column("ArC build", Step.ARC_BUILD, Report::millis),
                new Column("CPU time of the build", Step.ARC_BUILD, Report::cpuMillis),
                new Column("ArC start", Step.ARC_START, Report::millis),
                new Column("CPU time of the start", Step.ARC_START, Report::cpuMillis)));
        for (Metric metric : slopes ? Metric.values() : new Metric[0]) {
            perMethod(Step.ARC_BUILD, metric, StartupRun.ARC_VARIANTS);
            perMethod(Step.ARC_START, metric, StartupRun.ARC_VARIANTS);
        }
    }

    private void absolute(List<Variant> variants, List<Column> columns) {
        line("");
        StringBuilder header = new StringBuilder("| methods | variant |");
        StringBuilder rule = new StringBuilder("|---:|---|");
        for (Column column : columns) {
            header.append(' ').append(column.header()).append(" |");
            rule.append("---:|");
        }
        line(header.toString());
        line(rule.toString());
        for (int methods : results.sizes()) {
            for (Variant variant : variants) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %,d | %s |", methods,
                        variant.label));
                for (Column column : columns) {
                    double[] values = Arrays.stream(results.reports(column.step(), variant, methods))
                            .mapToDouble(column.value()).toArray();
                    row.append(String.format(Locale.ROOT, " %,.0f (%,.0f-%,.0f) |", Stats.median(values),
                            Stats.min(values), Stats.max(values)));
                }
                line(row.toString());
            }
        }
    }

    /** Microseconds per method, between consecutive sizes and over all of them, from the medians. */
    private void perMethod(Step step, Metric metric, List<Variant> variants) {
        List<Integer> sizes = results.sizes();
        line("");
        StringBuilder header = new StringBuilder("| " + step.label + ", " + metric.label + ", µs per method | ");
        StringBuilder rule = new StringBuilder("|---|");
        for (int i = 1; i < sizes.size(); i++) {
            header.append(String.format(Locale.ROOT, "%,d to %,d | ", sizes.get(i - 1), sizes.get(i)));
            rule.append("---:|");
        }
        line(header + "all sizes (least squares) | over no annotation | over the no-op interceptor |");
        line(rule + "---:|---:|---:|");
        double plain = results.slope(step, Variant.PLAIN, metric);
        double noop = results.slope(step, Variant.NOOP, metric);
        for (Variant variant : variants) {
            StringBuilder row = new StringBuilder("| " + variant.label + " |");
            for (int i = 1; i < sizes.size(); i++) {
                double from = Stats.median(results.values(step, variant, sizes.get(i - 1), metric));
                double to = Stats.median(results.values(step, variant, sizes.get(i), metric));
                row.append(String.format(Locale.ROOT, " %,.1f |", 1000 * (to - from) / (sizes.get(i)
                        - sizes.get(i - 1))));
            }
            double slope = results.slope(step, variant, metric);
            row.append(String.format(Locale.ROOT, " %,.1f | %s | %s |", 1000 * slope,
                    variant == Variant.PLAIN ? "" : String.format(Locale.ROOT, "%,.1f", 1000 * (slope - plain)),
                    variant == Variant.PLAIN || variant == Variant.NOOP ? ""
                            : String.format(Locale.ROOT, "%,.1f", 1000 * (slope - noop))));
            line(row.toString());
        }
        line("");
    }

    /** What {@code @Backoff} adds per method over {@code floor}, divided by what {@code @Retry} adds: each round's. */
    private void ratio(Metric metric, Variant floor, String floorLabel) {
        double[] ratios = results.addedRatios(Step.WELD_START, metric, Variant.BACKOFF, Variant.RETRY, floor);
        line(String.format(Locale.ROOT, "%s: what @Backoff adds per method over %s / what @Retry adds, within each"
                        + " round: median %.2f, min-max %.2f-%.2f (by round: %s)", metric.label, floorLabel,
                Stats.median(ratios), Stats.min(ratios), Stats.max(ratios),
                Arrays.stream(ratios).mapToObj(r -> String.format(Locale.ROOT, "%.2f", r)).toList()));
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
