package dev.backoff.demo.context;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Asynchronous {@code @Backoff} methods whose first two attempts fail, each call named by its caller: the third
 * answers with what every attempt of the call saw ({@link Attempt}). Waits of 2 and 4 ms: real ones, with the
 * library's own scheduler.
 */
@ApplicationScoped
public class ContextProbe {

    private final Map<String, List<Attempt>> calls = new ConcurrentHashMap<>();

    @Inject
    RequestTag tag;

    @Backoff(on = IOException.class, factor = 2, unit = ChronoUnit.MILLIS, jitter = Jitter.NONE)
    public CompletionStage<List<Attempt>> stage(String call) {
        return attempt(call);
    }

    @Backoff(on = IOException.class, factor = 2, unit = ChronoUnit.MILLIS, jitter = Jitter.NONE)
    public Uni<List<Attempt>> uni(String call) {
        return Uni.createFrom().completionStage(() -> attempt(call));
    }

    /** Private, so never intercepted: ArC intercepts a bean's calls to its own business methods. */
    private CompletionStage<List<Attempt>> attempt(String call) {
        List<Attempt> attempts = calls.computeIfAbsent(call, name -> new CopyOnWriteArrayList<>());
        attempts.add(Attempt.here(tag));
        return attempts.size() < 3 ? CompletableFuture.failedFuture(new IOException("not yet, " + call))
                : CompletableFuture.completedFuture(List.copyOf(attempts));
    }
}
