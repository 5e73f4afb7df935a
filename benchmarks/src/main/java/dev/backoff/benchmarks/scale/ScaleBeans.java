package dev.backoff.benchmarks.scale;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import dev.backoff.benchmarks.Flake;
import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The beans of the scale run. Each call's first attempt fails at once with a failed stage, the second succeeds: so a
 * call is pending in its one wait. The wait is set by config before the container starts ({@link ScaleRun}).
 */
public final class ScaleBeans {

    private ScaleBeans() {
    }

    static CompletionStage<String> attempt(Ticket ticket) {
        return ticket.first() ? CompletableFuture.failedFuture(Flake.INSTANCE) : CompletableFuture.completedFuture("done");
    }

    /** A bean under test in a container: a call to warm the code up, and the measured call. */
    public interface Calls {
        CompletionStage<String> warm(Ticket ticket);

        CompletionStage<String> call(Ticket ticket);
    }

    /** Without retry: what Failsafe and Resilience4j wrap. */
    public static class Plain {
        public CompletionStage<String> call(Ticket ticket) {
            return attempt(ticket);
        }
    }

    /**
     * {@code @Backoff}, one retry after a constant wait. {@code call}'s wait comes from {@code Backoff/scale/interval};
     * {@code warm} waits 1 ms, to warm the same code up.
     */
    @ApplicationScoped
    public static class WithBackoff implements Calls {
        @Backoff(on = Flake.class, maxTries = 2, strategy = Wait.CONSTANT, interval = 1, unit = ChronoUnit.MILLIS,
                jitter = Jitter.NONE)
        @Override
        public CompletionStage<String> warm(Ticket ticket) {
            return attempt(ticket);
        }

        @Backoff(name = "scale", on = Flake.class, maxTries = 2, strategy = Wait.CONSTANT, interval = 1,
                unit = ChronoUnit.MILLIS, jitter = Jitter.NONE)
        @Override
        public CompletionStage<String> call(Ticket ticket) {
            return attempt(ticket);
        }
    }

    /**
     * SmallRye FT {@code @Retry}, one retry after a delay, non-blocking; the delay comes from
     * {@code dev.backoff.benchmarks.scale.ScaleBeans$WithRetry/call/Retry/delay}; {@code warm} waits 1 ms.
     */
    @ApplicationScoped
    public static class WithRetry implements Calls {
        @Retry(maxRetries = 1, delay = 1, jitter = 0, retryOn = Flake.class)
        @AsynchronousNonBlocking
        @Override
        public CompletionStage<String> warm(Ticket ticket) {
            return attempt(ticket);
        }

        @Retry(maxRetries = 1, delay = 1, jitter = 0, retryOn = Flake.class)
        @AsynchronousNonBlocking
        @Override
        public CompletionStage<String> call(Ticket ticket) {
            return attempt(ticket);
        }
    }
}
