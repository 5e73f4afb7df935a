package dev.backoff.benchmarks;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RetryPolicy;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The library peers, configured as {@code BackoffService} is: up to 3 tries on {@link Flake}, zero wait. Built once,
 * as an application would; each benchmark decorates its call once too, so that what a call allocates is the library's.
 */
public final class Peers {

    private Peers() {
    }

    /** Failsafe 3: {@code Failsafe.with(retryPolicy)}. */
    public static FailsafeExecutor<String> failsafe() {
        return Failsafe.with(failsafePolicy());
    }

    /**
     * Failsafe for {@code getStageAsync} with a same-thread executor: the first attempt runs on the calling thread,
     * as {@code @Backoff}'s does (the default would hand every call to the common pool).
     */
    public static FailsafeExecutor<String> failsafeInline() {
        Executor inline = Runnable::run;
        return Failsafe.with(failsafePolicy()).with(inline);
    }

    private static RetryPolicy<String> failsafePolicy() {
        return RetryPolicy.<String>builder().handle(Flake.class).withMaxRetries(2).build(); // no delay is the default
    }

    /** Resilience4j 2: a {@code Retry}. */
    public static Retry resilience4j() {
        return Retry.of("bench", RetryConfig.custom()
                .maxAttempts(3)
                .waitDuration(Duration.ZERO)
                .retryExceptions(Flake.class)
                .build());
    }

    /** The scheduler Resilience4j's async retry needs: one daemon thread. */
    public static ScheduledExecutorService resilience4jScheduler() {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "resilience4j-retry");
            thread.setDaemon(true);
            return thread;
        });
    }
}
