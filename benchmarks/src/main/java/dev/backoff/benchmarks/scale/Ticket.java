package dev.backoff.benchmarks.scale;

import java.util.concurrent.atomic.AtomicInteger;

/** One call of the scale run, its argument: the first attempt fails, the second succeeds. */
public final class Ticket {

    /** First attempts made, over all tickets. */
    static final AtomicInteger FIRST = new AtomicInteger();
    /** Second attempts made (the retries), over all tickets. */
    static final AtomicInteger SECOND = new AtomicInteger();

    private volatile int attempts;

    /** Counts an attempt: {@code true} for the first of this ticket. */
    boolean first() {
        int made = ++attempts; // one attempt at a time per ticket
        (made == 1 ? FIRST : SECOND).incrementAndGet();
        return made == 1;
    }

    static void reset() {
        FIRST.set(0);
        SECOND.set(0);
    }
}
