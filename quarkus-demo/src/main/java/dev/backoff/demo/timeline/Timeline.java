package dev.backoff.demo.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * What one run of a scenario did, in the order it happened: every attempt's end (an event of the library: backoff,
 * give-up or success) with the wait that followed. Times are milliseconds since the run started, on the
 * application's {@link dev.backoff.spi.BackoffClock} (virtual in the tests, so they are exact there).
 */
public final class Timeline {

    private final String run;
    private final String scenario;
    private final long startNanos;
    private final List<Mark> marks = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private volatile String outcome = "running";
    private volatile String result;
    private volatile double durationMs;

    Timeline(String run, String scenario, long startNanos) {
        this.run = run;
        this.scenario = scenario;
        this.startNanos = startNanos;
    }

    /**
     * One event of the retry loop.
     *
     * @param kind   {@code backoff}, {@code giveup} or {@code success}
     * @param layer  the policy's name, or the method's name when it has none
     * @param tries   the attempts made so far by this layer in this call, this one included
     * @param startMs when the attempt started, as far as the events tell: the end of the wait before it, or for a
     *                first try, the end of the last wait of an outer layer of the same method (or the run's start)
     * @param atMs   when the attempt ended
     * @param waitMs the wait that follows ({@code backoff} only, else 0)
     * @param detail what the attempt returned or threw
     */
    public record Mark(String kind, String layer, int tries, double startMs, double atMs, double waitMs,
                       String detail) {
    }

    /** The run's result, as the page and the tests read it. */
    public record View(String run, String scenario, String outcome, String result, double durationMs,
                       List<Mark> marks, List<String> log) {
    }

    private final List<Object> methods = new ArrayList<>();
    private final List<Boolean> parallel = new ArrayList<>();

    /**
     * Adds an event's mark. {@code ownLane}: the layer is one of several parallel calls of {@code method} (its lane
     * has a name of its own), not one of the stacked layers of one call.
     */
    synchronized void add(String kind, String layer, int tries, double atMs, double waitMs, String detail,
                          Object method, boolean ownLane) {
        double start = 0;
        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            double waitEnd = m.atMs() + m.waitMs();
            boolean sameLane = m.layer().equals(layer);
            boolean outerLayer = tries == 1 && !ownLane && !parallel.get(i) && methods.get(i).equals(method);
            if ((sameLane || outerLayer) && waitEnd <= atMs + 1e-6) { // times are sums: allow rounding
                start = Math.max(start, waitEnd);
            }
        }
        marks.add(new Mark(kind, layer, tries, start, atMs, waitMs, detail));
        methods.add(method);
        parallel.add(ownLane);
    }

    /** A line the run's listeners logged, shown under its timeline. */
    public synchronized void log(String line) {
        log.add(line);
    }

    double sinceStart(long nanos) {
        return (nanos - startNanos) / 1e6;
    }

    void finish(String outcome, String result, long nanos) {
        this.result = result;
        this.durationMs = sinceStart(nanos);
        this.outcome = outcome;
    }

    public String run() {
        return run;
    }

    public synchronized View view() {
        return new View(run, scenario, outcome, result, durationMs, List.copyOf(marks), List.copyOf(log));
    }
}
