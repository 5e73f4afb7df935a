package dev.backoff.internal.engine;

import dev.backoff.spi.BackoffScheduler;

import java.time.Duration;
import java.util.concurrent.Future;

/**
 * What an asynchronous call carries from its caller to its later attempts (SPEC 3.7 to 3.9): the caller's CDI request
 * context, where the container lets it be carried to another thread; its MicroProfile Context Propagation contexts;
 * and, where the call started on a Vert.x context, that context, on which its waits and later attempts then run.
 */
public interface ContextCarrier {

    /** Carries nothing. */
    ContextCarrier NONE = () -> null;

    /** On the caller's thread: what to carry, or {@code null} when there is nothing to carry. */
    Carried capture();

    /** A caller's context, captured. */
    interface Carried {

        /** Runs {@code attempts} on this thread with the captured context active. */
        void run(Runnable attempts);

        /**
         * Runs {@code next} once, {@code wait} from now: through {@code scheduler}, unless the caller's context has
         * timers of its own that the call should wait on (SPEC 3.8).
         *
         * @return a future whose cancellation cancels {@code next} if it has not started
         */
        default Future<?> schedule(BackoffScheduler scheduler, Runnable next, Duration wait) {
            return scheduler.schedule(next, wait);
        }
    }
}
