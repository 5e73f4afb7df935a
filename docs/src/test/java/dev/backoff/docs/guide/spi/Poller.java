package dev.backoff.docs.guide.spi;

import dev.backoff.Backoff;
import dev.backoff.Jitter;

import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** Fails twice, then succeeds; records the thread of each attempt. */
@jakarta.enterprise.context.ApplicationScoped
public class Poller {

    private final List<String> threads = new CopyOnWriteArrayList<>();

    public List<String> threads() {
        return threads;
    }

    @Backoff(on = IOException.class, factor = 50, unit = ChronoUnit.MILLIS, jitter = Jitter.NONE)
    public CompletionStage<String> poll() {
        threads.add(Thread.currentThread().getName());
        return threads.size() < 3 ? CompletableFuture.failedFuture(new IOException("not yet"))
                : CompletableFuture.completedFuture("ok");
    }
}
