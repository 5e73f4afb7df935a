package dev.backoff.tck.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records what the {@code dev.backoff} logger writes while it is open, and keeps it off the console from then on: the
 * TCK provokes failures on purpose, and asserts on their log lines instead of printing them.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private static final Logger LOGGER = Logger.getLogger("dev.backoff");
    /** Captures open now, in any order: the logger's level comes back when the last one closes. */
    private static int open;
    private static Level previousLevel;

    private final List<LogRecord> records = new ArrayList<>();

    /** Starts recording every level, whatever the logging configuration says. */
    public LogCapture() {
        synchronized (LogCapture.class) {
            if (open++ == 0) {
                previousLevel = LOGGER.getLevel();
                LOGGER.setLevel(Level.ALL);
                LOGGER.setUseParentHandlers(false);
            }
        }
        LOGGER.addHandler(this);
    }

    /** Every record logged, in order. */
    public synchronized List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** The messages logged at {@code level}, in order. */
    public synchronized List<String> messages(Level level) {
        return records.stream().filter(r -> r.getLevel().equals(level)).map(LogRecord::getMessage).toList();
    }

    /**
     * Waits until a message at {@code level} matches {@code expected}, for lines logged on another thread; fails after
     * {@code timeout}.
     */
    public synchronized String await(Level level, Predicate<String> expected, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<String> found = messages(level).stream().filter(expected).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + level + " line as expected within " + timeout + "; logged: " + records
                        .stream().map(LogRecord::getMessage).toList());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    @Override
    public synchronized void publish(LogRecord record) {
        records.add(record);
        notifyAll();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        LOGGER.removeHandler(this);
        synchronized (LogCapture.class) {
            if (--open == 0) {
                LOGGER.setLevel(previousLevel);
                // Parent handlers stay off: a line logged on another thread reaches this handler, which wakes an
                // await, before Logger.log reads useParentHandlers to go on to the console's handler; turned back
                // on meanwhile, they would print a line the test has already captured.
            }
        }
    }
}
