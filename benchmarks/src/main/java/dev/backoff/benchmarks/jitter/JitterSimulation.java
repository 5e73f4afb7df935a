package dev.backoff.benchmarks.jitter;

import dev.backoff.Jitter;
import dev.backoff.internal.engine.Waits;
import dev.backoff.internal.policy.Policy;

import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

import static dev.backoff.internal.policy.Members.FACTOR;
import static dev.backoff.internal.policy.Members.JITTER;
import static dev.backoff.internal.policy.Members.MAX_VALUE;
import static dev.backoff.internal.policy.Members.UNIT;

/**
 * The simulation of "Exponential Backoff And Jitter" (AWS Architecture Blog, 2015; its simulator is
 * {@code backoff_simulator.py} of aws-samples/aws-arch-backoff-simulator), in virtual time, with this library's own
 * wait sequence and jitter ({@link Waits} over a {@link Policy}, as {@code @Backoff} uses them).
 *
 * <p>The model, as the original: one row with a version on an optimistic-concurrency server; each client reads the
 * version, then writes with it, once; a write whose version is stale fails, and the client waits (the network delay
 * plus its backoff) and starts over with a read. Every message takes a network delay drawn from
 * {@code |normal(10 ms, 2 ms)|}. Backoff base 5 ms, cap 2 s; the original's {@code expo(n) = min(cap, 2^n * base)}
 * starts at {@code n = 1}, so the expo sequence here is {@code factor} 10 ms, {@code base} 2, {@code maxValue} 2 s; its
 * decorrelated jitter starts from {@code base}, so that plan has {@code factor} 5 ms (the library's decorrelated jitter
 * is {@code min(cap, uniform(first, 3 * previous))}, {@code first} being the sequence's first value). "No backoff"
 * retries at once ({@code CONSTANT} 0), the original's lower line.
 *
 * <p>Reported per number of clients (10 to 190) and algorithm: the mean over {@code runs} runs of the calls made (the
 * writes, as the original counts them) and of the completion time (the time the last client got its successful
 * write's response).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.backoff.benchmarks.jitter.JitterSimulation [runs] [outDir]</pre>
 * writes {@code jitter-simulation.csv} and {@code jitter-simulation.svg} to {@code outDir} (default {@code docs}) and
 * prints a Markdown table and the check of the published claims.
 */
public final class JitterSimulation {

    static final double MS = 1e6;
    static final double NET_MEAN = 10 * MS;
    static final double NET_SD = 2 * MS;
    static final double BASE = 5 * MS;
    static final double CAP = 2000 * MS;

    /** What each client retries, as a policy sees it: the simulation makes its attempts itself. */
    interface Write {
        void write();
    }

    /** A policy builder in nanoseconds, the simulation's unit; EXPO with base 2, as the annotation's default. */
    static Policy.Builder nanos() {
        try {
            return Policy.builder(Write.class, Write.class.getMethod("write")).set(UNIT, ChronoUnit.NANOS);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The algorithms, in the order of the table and the chart. */
    public enum Algorithm {
        NONE("exponential, no jitter", expo(Jitter.NONE)),
        FULL("full jitter", expo(Jitter.FULL)),
        EQUAL("equal jitter", expo(Jitter.EQUAL)),
        DECORRELATED("decorrelated jitter", nanos().time(FACTOR, BASE).time(MAX_VALUE, CAP).set(JITTER, Jitter.DECORRELATED).build()),
        NO_BACKOFF("no backoff", nanos().constant(0).set(JITTER, Jitter.NONE).build());

        final String label;
        final Policy plan;

        Algorithm(String label, Policy plan) {
            this.label = label;
            this.plan = plan;
        }

        private static Policy expo(Jitter jitter) {
            return nanos().time(FACTOR, 2 * BASE).time(MAX_VALUE, CAP).set(JITTER, jitter).build();
        }
    }

    /** The means of one (clients, algorithm) cell. */
    public record Cell(int clients, Algorithm algorithm, double calls, double completionMillis) {
    }

    private JitterSimulation() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Path out = Path.of(args.length > 1 ? args[1] : "docs");
        List<Cell> cells = simulate(runs, 10, 190, 10, 2015);
        Files.createDirectories(out);
        Files.writeString(out.resolve("jitter-simulation.csv"), csv(cells), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("jitter-simulation.svg"), Chart.svg(cells, runs), StandardCharsets.UTF_8);
        System.out.println(table(cells));
        System.out.println(claims(cells));
        System.out.println("Wrote " + out.resolve("jitter-simulation.csv") + " and " + out.resolve("jitter-simulation.svg"));
    }

    /**
     * Every cell from {@code from} to {@code to} clients, {@code runs} runs each. The network delays of a run come
     * from a seed of its own, made from {@code seed}, the number of clients and the run's number: a rerun draws the
     * same delays, and every algorithm gets the same sequence in its run of that number (as far as it draws), so no
     * cell's randomness depends on another's. The jitter of a run's clients comes from a second generator of the run's
     * own, seeded alike, so that a rerun reproduces every column exactly.
     */
    public static List<Cell> simulate(int runs, int from, int to, int step, long seed) {
        List<Cell> cells = new ArrayList<>();
        for (int clients = from; clients <= to; clients += step) {
            for (Algorithm algorithm : Algorithm.values()) {
                long calls = 0;
                double time = 0;
                for (int run = 0; run < runs; run++) {
                    long runSeed = (seed * 1_000 + clients) * 1_000_000 + run;
                    Random network = new Random(runSeed);
                    Random jitter = new Random(~runSeed);
                    Outcome outcome = run(clients, algorithm.plan, network, jitter);
                    calls += outcome.calls;
                    time += outcome.completion;
                }
                cells.add(new Cell(clients, algorithm, (double) calls / runs, time / runs / MS));
            }
        }
        return cells;
    }

    record Outcome(long calls, double completion) {
    }

    private enum Step { READ, READ_RESPONSE, WRITE, WRITE_RESPONSE }

    /** A message arriving at {@code time}; {@code sequence} breaks ties in the order they were sent. */
    private record Event(double time, long sequence, Client client, Step step, long version, boolean success)
            implements Comparable<Event> {
        @Override
        public int compareTo(Event other) {
            int byTime = Double.compare(time, other.time);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    private static final class Client {
        final Waits waits;

        Client(Policy plan, Random jitter) {
            this.waits = new Waits(plan, () -> jitter);
        }
    }

    /** One run: {@code clients} clients start at time 0; returns the writes made and the last event's time. */
    static Outcome run(int clients, Policy plan, Random network, Random jitter) {
        PriorityQueue<Event> queue = new PriorityQueue<>();
        long[] sequence = {0};
        long version = 0;
        long calls = 0;
        double now = 0;
        for (int i = 0; i < clients; i++) {
            queue.add(new Event(delay(network), sequence[0]++, new Client(plan, jitter), Step.READ, 0, false));
        }
        while (!queue.isEmpty()) {
            Event e = queue.poll();
            if (e.time < now) {
                throw new AssertionError("time went backwards");
            }
            now = e.time;
            switch (e.step) {
                case READ -> queue.add(new Event(now + delay(network), sequence[0]++, e.client, Step.READ_RESPONSE,
                        version, false));
                case READ_RESPONSE -> queue.add(new Event(now + delay(network), sequence[0]++, e.client, Step.WRITE,
                        e.version, false));
                case WRITE -> {
                    calls++;
                    boolean success = e.version == version;
                    if (success) {
                        version++;
                    }
                    queue.add(new Event(now + delay(network), sequence[0]++, e.client, Step.WRITE_RESPONSE, 0,
                            success));
                }
                case WRITE_RESPONSE -> {
                    if (!e.success) {
                        double wait = e.client.waits.next(null);
                        if (wait == Waits.USED_UP) {
                            throw new AssertionError("these plans never give up");
                        }
                        // whole nanoseconds, as the engine waits them
                        queue.add(new Event(now + delay(network) + (long) wait, sequence[0]++, e.client, Step.READ,
                                0, false));
                    }
                }
            }
        }
        return new Outcome(calls, now);
    }

    private static double delay(Random network) {
        return Math.abs(NET_MEAN + NET_SD * network.nextGaussian());
    }

    static String csv(List<Cell> cells) {
        StringBuilder csv = new StringBuilder("clients,algorithm,calls,completion_ms\n");
        for (Cell c : cells) {
            csv.append(String.format(Locale.ROOT, "%d,%s,%.1f,%.1f%n", c.clients, c.algorithm, c.calls,
                    c.completionMillis));
        }
        return csv.toString();
    }

    /** Calls and completion time (ms) per number of clients, one column pair per algorithm. */
    static String table(List<Cell> cells) {
        Map<Integer, Map<Algorithm, Cell>> rows = rows(cells);
        StringBuilder t = new StringBuilder("| clients |");
        StringBuilder rule = new StringBuilder("|---:|");
        for (Algorithm a : Algorithm.values()) {
            t.append(' ').append(a.label).append(": calls | ms |");
            rule.append("---:|---:|");
        }
        t.append('\n').append(rule).append('\n');
        rows.forEach((clients, row) -> {
            t.append("| ").append(clients).append(" |");
            for (Algorithm a : Algorithm.values()) {
                Cell c = row.get(a);
                t.append(String.format(Locale.ROOT, " %,.0f | %,.0f |", c.calls, c.completionMillis));
            }
            t.append('\n');
        });
        return t.toString();
    }

    static Map<Integer, Map<Algorithm, Cell>> rows(List<Cell> cells) {
        Map<Integer, Map<Algorithm, Cell>> rows = new LinkedHashMap<>();
        for (Cell c : cells) {
            rows.computeIfAbsent(c.clients, k -> new LinkedHashMap<>()).put(c.algorithm, c);
        }
        return rows;
    }

    /** The published claims, checked at 100 clients (or the nearest simulated count). */
    static String claims(List<Cell> cells) {
        Map<Integer, Map<Algorithm, Cell>> rows = rows(cells);
        int clients = rows.keySet().stream().min((a, b) -> Integer.compare(Math.abs(a - 100), Math.abs(b - 100)))
                .orElseThrow();
        Map<Algorithm, Cell> row = rows.get(clients);
        double none = row.get(Algorithm.NONE).calls;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "At %d clients:%n", clients));
        for (Algorithm a : List.of(Algorithm.FULL, Algorithm.EQUAL, Algorithm.DECORRELATED)) {
            double calls = row.get(a).calls;
            s.append(String.format(Locale.ROOT, "- %s: %,.0f calls, %.0f%% of no jitter's %,.0f (%s half);"
                            + " completion %,.0f ms vs %,.0f ms%n", a.label, calls, 100 * calls / none, none,
                    calls < none / 2 ? "less than" : "NOT less than", row.get(a).completionMillis,
                    row.get(Algorithm.NONE).completionMillis));
        }
        return s.toString();
    }
}
