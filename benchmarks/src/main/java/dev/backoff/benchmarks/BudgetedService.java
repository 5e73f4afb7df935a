package dev.backoff.benchmarks;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** {@link BackoffService}'s policy under a retry budget: every call deposits before its first attempt. */
@Backoff(on = Flake.class, maxTries = 3, strategy = Wait.CONSTANT, interval = 0, jitter = Jitter.NONE,
        budget = "bench")
@ApplicationScoped
public class BudgetedService implements Service {

    @Override
    public String echo(String in) {
        return in;
    }

    @Override
    public CompletionStage<String> echoAsync(String in) {
        return CompletableFuture.completedFuture(in);
    }

    @Override
    public String flaky(Flip flip) throws Flake {
        return Bodies.flaky(flip);
    }

    @Override
    public CompletionStage<String> flakyAsync(Flip flip) {
        return Bodies.flakyAsync(flip);
    }
}
