package dev.backoff.demo.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run of a scenario did, in the order it happened: every attempt's end, with what the library's event said
 * of it (backoff, give-up or success) and the wait that followed. Times are milliseconds since the run started, on the
 * application's {@link dev.backoff.spi.BackoffClock} (virtual in the tests, so they are exact there).
 */
public final class Timeline {

    /** What the mark of an attempt says while no event has told of it, and after, if none ever does. */
    public static final String UNREPORTED = "unreported";

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
     * One attempt, or for an outer layer of stacked {@code @Backoff}s one run of the loops inside it.
     *
     * @param kind    {@code backoff}, {@code giveup} or {@code success}, as the library's event said; or
     *                {@link #UNREPORTED}: the call ended after this attempt and no event told of it (a listener or an
     *                observer threw, SPEC 2.8, or the attempt threw an exception its policy does not retry)
     * @param layer   the lane: the policy's name, or the method's name when it has none, and the call's {@link Lane}
     * @param tries   the attempts made so far by this layer in this call, this one included
     * @param startMs when the attempt started, as far as the marks tell: the end of the wait before it, or for a
     *                first try, the end of the last wait of an outer layer of the same call (or the run's start)
     * @param atMs    when the attempt ended
     * @param waitMs  the wait that follows ({@code backoff} only, else 0)
     * @param detail  what the attempt returned or threw
     */
    public record Mark(String kind, String layer, int tries, double startMs, double atMs, double waitMs,
                       String detail) {
    }

    /** The run's result, as the page and the tests read it. */
    public record View(String run, String scenario, String outcome, String result, double durationMs,
                       List<Mark> marks, List<String> log) {
    }

    /** Of each mark, in the same order: the method and the call (its {@link Lane}s, or "") it belongs to. */
    private final List<Object> methods = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    /** By call: the mark of its last attempt while no event has told of it. */
    private final Map<String, Mark> unreported = new HashMap<>();

    /**
     * An attempt of the innermost layer {@code layer} of {@code call} ended: its mark, {@link #UNREPORTED} until an
     * event of the same layer tells what it was.
     */
    synchronized void attempt(String layer, double atMs, String detail, Object method, String call) {
        int tries = 1;
        for (int i = marks.size() - 1; i >= 0; i--) {
            Mark m = marks.get(i);
            if (m.layer().equals(layer)) {
                tries = m.kind().equals("backoff") ? m.tries() + 1 : 1;
                break;
            }
        }
        Mark mark = new Mark(UNREPORTED, layer, tries, start(layer, tries, atMs, method, call), atMs, 0, detail);
        add(mark, method, call);
        unreported.put(call, mark);
    }

    /**
     * An event of the retry loop. Of the innermost layer, it tells what the call's last attempt was; of an outer
     * layer, it has a mark of its own, and an attempt no event of the innermost layer told of (its exception is not
     * one that layer retries) is shown by this one.
     */
    synchronized void event(String kind, String layer, int tries, double atMs, double waitMs, String detail,
                            Object method, String call) {
        Mark attempt = unreported.remove(call);
        if (attempt != null) {
            int index = indexOf(attempt);
            if (attempt.layer().equals(layer)) {
                marks.set(index, new Mark(kind, layer, tries, attempt.startMs(), attempt.atMs(), waitMs, detail));
                return;
            }
            marks.remove(index);
            methods.remove(index);
            calls.remove(index);
        }
        add(new Mark(kind, layer, tries, start(layer, tries, atMs, method, call), atMs, waitMs, detail), method,
                call);
    }

    private void add(Mark mark, Object method, String call) {
        marks.add(mark);
        methods.add(method);
        calls.add(call);
    }

    /** The mark itself, not an equal one: two attempts can end alike. */
    private int indexOf(Mark mark) {
        for (int i = marks.size() - 1; i >= 0; i--) {
            if (marks.get(i) == mark) {
                return i;
            }
        }
        throw new IllegalStateException("no mark " + mark);
    }

    /** When an attempt that ended at {@code atMs} started, as far as the marks before it tell. */
    private double start(String layer, int tries, double atMs, Object method, String call) {
        double start = 0;
        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            double waitEnd = m.atMs() + m.waitMs();
            boolean sameLane = m.layer().equals(layer);
            boolean outerLayer = tries == 1 && methods.get(i).equals(method) && calls.get(i).equals(call);
            if ((sameLane || outerLayer) && waitEnd <= atMs + 1e-6) { // times are sums: allow rounding
                start = Math.max(start, waitEnd);
            }
        }
        return start;
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
