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
     * @param tries  the attempts made so far by this layer in this call, this one included
     * @param atMs   when the attempt ended
     * @param waitMs the wait that follows ({@code backoff} only, else 0)
     * @param detail what the attempt returned or threw
     */
    public record Mark(String kind, String layer, int tries, double atMs, double waitMs, String detail) {
    }

    /** The run's result, as the page and the tests read it. */
    public record View(String run, String scenario, String outcome, String result, double durationMs,
                       List<Mark> marks, List<String> log) {
    }

    synchronized void add(Mark mark) {
        marks.add(mark);
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
