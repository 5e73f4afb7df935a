package dev.backoff.benchmarks;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The bean shape every benchmark calls, with the same bodies everywhere: only the interceptor around them differs.
 * The methods return their argument, or a value held by it, so that no call allocates but what the bean must
 * (a completed future for the async ones).
 */
public interface Service {

    /** The sync success path. */
    String echo(String in);

    /** The async success path: an already completed stage. */
    CompletionStage<String> echoAsync(String in);

    /** Fails the first attempt of each call with {@link Flake}, succeeds on the second. */
    String flaky(Flip flip) throws Flake;

    /** The same with a failed stage. */
    CompletionStage<String> flakyAsync(Flip flip);

    /** The shared bodies. */
    final class Bodies {
        private Bodies() {
        }

        static String flaky(Flip flip) throws Flake {
            if (flip.fails()) {
                throw Flake.INSTANCE;
            }
            return flip.value();
        }

        static CompletionStage<String> flakyAsync(Flip flip) {
            return flip.fails() ? CompletableFuture.failedFuture(Flake.INSTANCE)
                    : CompletableFuture.completedFuture(flip.value());
        }
    }
}
