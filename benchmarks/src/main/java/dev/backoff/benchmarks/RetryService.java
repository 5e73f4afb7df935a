package dev.backoff.benchmarks;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The same bean under SmallRye Fault Tolerance {@code @Retry}: up to 2 retries on {@link Flake}, no delay, no jitter.
 * The async methods are {@code @AsynchronousNonBlocking}: the attempt runs on the calling thread, as {@code @Backoff}'s
 * does (plain {@code @Asynchronous} would add a hand-off to a thread pool on every call).
 */
@Retry(maxRetries = 2, delay = 0, jitter = 0, retryOn = Flake.class)
@ApplicationScoped
public class RetryService implements Service {

    @Override
    public String echo(String in) {
        return in;
    }

    @Override
    @AsynchronousNonBlocking
    public CompletionStage<String> echoAsync(String in) {
        return CompletableFuture.completedFuture(in);
    }

    @Override
    public String flaky(Flip flip) throws Flake {
        return Bodies.flaky(flip);
    }

    @Override
    @AsynchronousNonBlocking
    public CompletionStage<String> flakyAsync(Flip flip) {
        return Bodies.flakyAsync(flip);
    }
}
