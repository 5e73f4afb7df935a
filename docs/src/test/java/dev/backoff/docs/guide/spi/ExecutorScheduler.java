package dev.backoff.docs.guide.spi;

import dev.backoff.spi.BackoffScheduler;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

// region example
@Alternative
@Priority(1)
@ApplicationScoped
public class ExecutorScheduler implements BackoffScheduler {
    private final ScheduledExecutorService executor =
            Executors.newScheduledThreadPool(2, task -> new Thread(task, "retries"));

    @Override
    public Future<?> schedule(Runnable task, Duration wait) {
        return executor.schedule(task, wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
// endregion
