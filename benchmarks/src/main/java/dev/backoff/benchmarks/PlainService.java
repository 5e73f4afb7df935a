package dev.backoff.benchmarks;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** No interceptor: the CDI floor without interception (a client proxy call), and, created with new, plain Java. */
@ApplicationScoped
public class PlainService implements Service {

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
