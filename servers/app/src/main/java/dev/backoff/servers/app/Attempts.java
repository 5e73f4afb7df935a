package dev.backoff.servers.app;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The attempts of one call of a {@code @Backoff} method, passed to it as an argument so that every retry sees the
 * same instance: the first {@code failures} attempts fail, and each records when it began and on which thread.
 */
public final class Attempts {

    private final int failures;
    private final long start = System.nanoTime();
    private final List<Long> startedMillis = new CopyOnWriteArrayList<>();
    private final List<String> threads = new CopyOnWriteArrayList<>();

    public Attempts(int failures) {
        this.failures = failures;
    }

    /** Records an attempt, and fails it while failures remain. */
    public void attempt() throws IOException {
        startedMillis.add(millisSinceStart());
        threads.add(Thread.currentThread().getName());
        if (threads.size() <= failures) {
            throw new IOException("attempt " + threads.size() + " fails on purpose");
        }
    }

    public int count() {
        return threads.size();
    }

    /** When each attempt began, in milliseconds since this object was made (just before the call). */
    public List<Long> startedMillis() {
        return startedMillis;
    }

    public List<String> threads() {
        return threads;
    }

    public long millisSinceStart() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
