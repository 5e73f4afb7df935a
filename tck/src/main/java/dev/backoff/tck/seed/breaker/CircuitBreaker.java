package dev.backoff.tck.seed.breaker;

import dev.backoff.spi.BackoffClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

// region example
@ApplicationScoped
public class CircuitBreaker {
    private final int failureThreshold = 5;
    private final Duration timeout = Duration.ofSeconds(60);
    private int failureCount;
    private Long openedAt;

    @Inject
    BackoffClock clock; // the retries' own clock, so that tests can move it

    public synchronized boolean shouldAttempt() {
        if (openedAt == null) {
            return true;
        }
        if (clock.nanoTime() - openedAt > timeout.toNanos()) {
            openedAt = null;
            failureCount = 0;
            return true;
        }
        return false;
    }

    public synchronized void recordFailure() {
        failureCount++;
        if (failureCount >= failureThreshold) {
            openedAt = clock.nanoTime();
        }
    }

    public synchronized int failureCount() {
        return failureCount;
    }
}
// endregion
