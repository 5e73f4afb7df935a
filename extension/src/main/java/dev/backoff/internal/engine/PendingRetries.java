package dev.backoff.internal.engine;

import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The asynchronous calls of one container that are waiting to retry, so that shutting the container down can
 * cancel them (SPEC 3.4) instead of leaving their callers waiting forever.
 */
public final class PendingRetries {

    private final Set<AsyncRetry.Run<?>> waiting = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    boolean add(AsyncRetry.Run<?> run) {
        waiting.add(run);
        if (closed) { // closed between the caller's check and the add: undo, the caller cancels
            waiting.remove(run);
            return false;
        }
        return true;
    }

    void remove(AsyncRetry.Run<?> run) {
        waiting.remove(run);
    }

    /** Cancels every waiting call and every later attempt to wait: their futures complete with a CancellationException. */
    public void close() {
        closed = true;
        for (AsyncRetry.Run<?> run : waiting) {
            run.cancel(shutdown(run));
        }
        waiting.clear();
    }

    static CancellationException shutdown(AsyncRetry.Run<?> run) {
        return new CancellationException("backoff-cdi: the container shut down while " + run.describe()
                + " was waiting to retry");
    }
}
