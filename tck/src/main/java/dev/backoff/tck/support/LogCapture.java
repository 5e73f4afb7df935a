package dev.backoff.tck.support;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Records what the {@code dev.backoff} logger writes while it is open. */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger("dev.backoff");
    private final List<LogRecord> records = new ArrayList<>();
    private final Level previousLevel = logger.getLevel();

    /** Starts recording every level, whatever the logging configuration says. */
    public LogCapture() {
        logger.setLevel(Level.ALL);
        logger.addHandler(this);
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
        logger.removeHandler(this);
        logger.setLevel(previousLevel);
    }
}
