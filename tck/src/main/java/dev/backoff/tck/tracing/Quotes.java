package dev.backoff.tck.tracing;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A bean whose first calls fail: {@link #failFirst} of them throw {@code IOException("refused <n>")}. */
@ApplicationScoped
public class Quotes {

    private final AtomicInteger calls = new AtomicInteger();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private volatile int failures;

    public void failFirst(int n) {
        failures = n;
    }

    /** The threads the attempts ran on, in order. */
    public List<Thread> threads() {
        return threads;
    }

    @Backoff(on = IOException.class, maxTries = 3, jitter = Jitter.NONE, name = "quotes")
    public String fetch() throws IOException {
        int call = attempt();
        if (call <= failures) {
            throw new IOException("refused " + call);
        }
        return "ok";
    }

    @Backoff(on = IOException.class, maxTries = 3, jitter = Jitter.NONE, name = "later")
    public CompletionStage<String> fetchLater() {
        int call = attempt();
        return call <= failures ? CompletableFuture.failedFuture(new IOException("refused " + call))
                : CompletableFuture.completedFuture("ok");
    }

    private int attempt() {
        threads.add(Thread.currentThread());
        return calls.incrementAndGet();
    }
}
