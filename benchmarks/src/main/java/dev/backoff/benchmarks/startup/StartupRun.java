package dev.backoff.benchmarks.startup;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Startup cost (issue 12): how an application's start grows with its number of {@code @Backoff} methods, against the
 * same application with SmallRye Fault Tolerance's {@code @Retry} instead, under a no-op interceptor, and without
 * annotation ({@link Variant}).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.backoff.benchmarks.startup.StartupRun [rounds] [sizes]
 * </pre>
 * Defaults: 5 rounds, sizes {@code 100,1000,10000} (methods). First the application is generated for every variant
 * and size ({@link GeneratedApp}). Then each round, for each size: every variant starts on Weld SE
 * ({@link WeldBoot}), and every variant but {@code @Retry} is built by ArC ({@link ArcBuildStep}) and started
 * ({@link ArcBoot}); each of these in a fresh JVM, the variants' order rotating every round, so that the
 * load of other processes, drifting over the run, hits every variant alike (as {@code PairedRatio} does with JMH
 * forks). A child times its step itself and prints a {@link Report}; its output goes to
 * {@code target/startup/logs/}. The tables give medians and ranges over the rounds, of wall-clock and of CPU time; a
 * cost per method is the least-squares slope of the medians over the sizes, and the ratio of what {@code @Backoff} and
 * {@code @Retry} add per method is taken within each round.
 *
 * <p>A child's class path: {@code target/classes} (its main; no {@code beans.xml}, no service file), the generated
 * application, and the jars the build listed in {@code target/startup/*.classpath} (benchmarks/pom.xml): the
 * container's, and the variant's library, if any.
 */
public final class StartupRun {

    /** The steps measured, each in a JVM of its own. */
    enum Step {
        WELD_START("Weld SE start", WeldBoot.class),
        ARC_BUILD("ArC build", ArcBuildStep.class),
        ARC_START("ArC start", ArcBoot.class);

        final String label;
        final Class<?> main;

        Step(String label, Class<?> main) {
            this.label = label;
            this.main = main;
        }
    }

    /** The times of a report, each with its own tables. */
    enum Metric {
        WALL("wall-clock", Report::millis),
        CPU("CPU", Report::cpuMillis);

        final String label;
        final ToDoubleFunction<Report> value;

        Metric(String label, ToDoubleFunction<Report> value) {
            this.label = label;
            this.value = value;
        }
    }

    static final List<Variant> WELD_VARIANTS = List.of(Variant.BACKOFF, Variant.RETRY, Variant.NOOP, Variant.PLAIN);
    /** Not {@code @Retry}: SmallRye FT runs on ArC through a Quarkus extension of its own, not a CDI one. */
    static final List<Variant> ARC_VARIANTS = List.of(Variant.BACKOFF, Variant.NOOP, Variant.PLAIN);

    private static final long CHILD_TIMEOUT_MINUTES = 10;

    private final Path target;
    private final Path work;
    private final PrintStream out;

    private StartupRun(PrintStream out) {
        this.target = targetDirectory();
        this.work = target.resolve("startup");
        this.out = out;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Integer> sizes = Arrays.stream((args.length > 1 ? args[1] : "100,1000,10000").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        Results results = run(rounds, sizes, System.out);
        System.out.println();
        System.out.print(results.tables());
    }

    /** Generates the applications, then measures {@code rounds} rounds; progress goes to {@code out}. */
    static Results run(int rounds, List<Integer> sizes, PrintStream out) throws IOException,
            InterruptedException {
        return new StartupRun(out).measure(rounds, sizes);
    }

    private Results measure(int rounds, List<Integer> sizes) throws IOException, InterruptedException {
        Map<Variant, Map<Integer, Path>> apps = new EnumMap<>(Variant.class);
        for (Variant variant : WELD_VARIANTS) {
            for (int methods : sizes) {
                long start = System.nanoTime();
                Path app = GeneratedApp.generate(variant, methods, work.resolve("app").resolve(variant.dirName()
                        + "-" + methods), classpath("weld", variant));
                out.printf(Locale.ROOT, "generated %s, %,d methods, in %.1f s%n", variant.label, methods,
                        (System.nanoTime() - start) / 1e9);
                apps.computeIfAbsent(variant, v -> new HashMap<>()).put(methods, app);
            }
        }
        Map<Cell, Report[]> reports = new HashMap<>();
        double[] loads = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            loads[round] = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            out.printf(Locale.ROOT, "round %d of %d, load average %.2f%n", round + 1, rounds, loads[round]);
            for (int methods : sizes) {
                for (int k = 0; k < WELD_VARIANTS.size(); k++) {
                    Variant variant = WELD_VARIANTS.get((k + round) % WELD_VARIANTS.size());
                    Path app = apps.get(variant).get(methods);
                    measureCell(reports, new Cell(Step.WELD_START, variant, methods), round, rounds,
                            classpath("weld", variant, app));
                }
                for (int k = 0; k < ARC_VARIANTS.size(); k++) {
                    Variant variant = ARC_VARIANTS.get((k + round) % ARC_VARIANTS.size());
                    Path app = apps.get(variant).get(methods);
                    Path generated = work.resolve("arc").resolve(variant.dirName() + "-" + methods);
                    deleteTree(generated);
                    Files.createDirectories(generated);
                    measureCell(reports, new Cell(Step.ARC_BUILD, variant, methods), round, rounds,
                            classpath("arc", variant, app), generated.toString());
                    measureCell(reports, new Cell(Step.ARC_START, variant, methods), round, rounds,
                            classpath("arc", variant, app, generated));
                }
            }
        }
        return new Results(rounds, sizes, reports, loads);
    }

    private void measureCell(Map<Cell, Report[]> reports, Cell cell, int round, int rounds, List<Path> classpath,
                        String... args) throws IOException, InterruptedException {
        Path log = work.resolve("logs").resolve(String.format(Locale.ROOT, "%s-%s-%d-round%d.log",
                cell.step().name().toLowerCase(Locale.ROOT), cell.variant().dirName(), cell.methods(), round + 1));
        Report report = child(cell.step().main, classpath, log, args);
        reports.computeIfAbsent(cell, c -> new Report[rounds])[round] = report;
        out.printf(Locale.ROOT, "  %s, %s, %,d methods: %,.0f ms, %,.0f ms CPU (%,.0f ms after JVM start): %s%n",
                cell.step().label, cell.variant().label, cell.methods(), report.millis(), report.cpuMillis(),
                report.sinceJvmStartMillis(), report.check());
    }

    /** Runs {@code main} in a fresh JVM, its output to {@code log}, waits for its exit and reads its report. */
    private static Report child(Class<?> main, List<Path> classpath, Path log, String... args) throws IOException,
            InterruptedException {
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(CHILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(main.getSimpleName() + " took more than " + CHILD_TIMEOUT_MINUTES
                    + " minutes; its output: " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(main.getSimpleName() + " exited with " + process.exitValue()
                    + "; its output: " + log);
        }
        return Report.read(log);
    }

    /** A child's class path: this module's classes, {@code extra}, the container's jars and the variant's. */
    private List<Path> classpath(String container, Variant variant, Path... extra) throws IOException {
        List<Path> entries = new ArrayList<>();
        entries.add(target.resolve("classes"));
        entries.addAll(List.of(extra));
        entries.addAll(jars(container));
        if (variant.library().isPresent()) {
            entries.addAll(jars(variant.library().get()));
        }
        return entries;
    }

    private List<Path> jars(String part) throws IOException {
        Path list = work.resolve(part + ".classpath");
        if (!Files.isRegularFile(list)) {
            throw new IllegalStateException(list + " is missing: build the module first (mvn -B package -pl"
                    + " benchmarks -am)");
        }
        return Arrays.stream(Files.readString(list).trim().split(File.pathSeparator)).map(Path::of).toList();
    }

    /** The build directory: where benchmarks.jar, or the classes directory, of this class is. */
    private static Path targetDirectory() {
        try {
            return Path.of(StartupRun.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(path);
                }
            }
        }
    }

    /** One step of one variant at one size. */
    record Cell(Step step, Variant variant, int methods) {
    }

    /** What a run measured: every cell's reports, by round, and the load average at the start of each round. */
    record Results(int rounds, List<Integer> sizes, Map<Cell, Report[]> reports, double[] loads) {

        Report[] reports(Step step, Variant variant, int methods) {
            return reports.get(new Cell(step, variant, methods));
        }

        double[] values(Step step, Variant variant, int methods, Metric metric) {
            return Arrays.stream(reports(step, variant, methods)).mapToDouble(metric.value).toArray();
        }

        /** The slope, in ms per method, of the medians over the sizes (least squares). */
        double slope(Step step, Variant variant, Metric metric) {
            return Stats.slope(sizes, sizes.stream()
                    .mapToDouble(n -> Stats.median(values(step, variant, n, metric))).toArray());
        }

        /** Per round: what {@code measured} adds per method over {@code floor}, divided by what {@code other} adds. */
        double[] addedRatios(Step step, Metric metric, Variant measured, Variant other, Variant floor) {
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                double base = roundSlope(step, floor, metric, r);
                ratios[r] = (roundSlope(step, measured, metric, r) - base) / (roundSlope(step, other, metric, r) - base);
            }
            return ratios;
        }

        private double roundSlope(Step step, Variant variant, Metric metric, int round) {
            return Stats.slope(sizes, sizes.stream()
                    .mapToDouble(n -> values(step, variant, n, metric)[round]).toArray());
        }

        /** The results as Markdown tables. */
        String tables() {
            return new Tables(this).toString();
        }
    }
}
