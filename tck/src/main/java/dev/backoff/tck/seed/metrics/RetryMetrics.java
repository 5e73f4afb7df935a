package dev.backoff.tck.seed.metrics;

import dev.backoff.BackoffListener;
import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicInteger;

// region example
@ApplicationScoped
public class RetryMetrics implements BackoffListener {
    private final AtomicInteger totalRetries = new AtomicInteger();
    private final AtomicInteger giveups = new AtomicInteger();

    @Override
    public void onBackoff(BackoffEvent event) {
        totalRetries.incrementAndGet();
    }

    @Override
    public void onGiveup(GiveupEvent event) {
        giveups.incrementAndGet();
    }

    public int totalRetries() {
        return totalRetries.get();
    }

    public int giveups() {
        return giveups.get();
    }
}
// endregion
