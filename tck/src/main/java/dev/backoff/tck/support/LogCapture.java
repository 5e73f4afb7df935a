package dev.backoff.tck.support;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records what the {@code dev.backoff} logger writes while it is open, and keeps it off the console: the TCK provokes
 * failures on purpose, and asserts on their log lines instead of printing them.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private static final Logger LOGGER = Logger.getLogger("dev.backoff");
    /** Captures open now, in any order: the logger's own settings come back when the last one closes. */
    private static int open;
    private static Level previousLevel;
    private static boolean previouslyToParents;

    private final List<LogRecord> records = new ArrayList<>();

    /** Starts recording every level, whatever the logging configuration says. */
    public LogCapture() {
        synchronized (LogCapture.class) {
            if (open++ == 0) {
                previousLevel = LOGGER.getLevel();
                previouslyToParents = LOGGER.getUseParentHandlers();
                LOGGER.setLevel(Level.ALL);
                LOGGER.setUseParentHandlers(false);
            }
        }
        LOGGER.addHandler(this);
    }

    /** The messages logged at {@code level}, in order. */
    public synchronized List<String> messages(Level level) {
        return records.stream().filter(r -> r.getLevel().equals(level)).map(LogRecord::getMessage).toList();
    }

    @Override
    public synchronized void publish(LogRecord record) {
        records.add(record);
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
                LOGGER.setUseParentHandlers(previouslyToParents);
            }
        }
    }
}
