package dev.backoff.tck.async;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import dev.backoff.tck.support.Threads;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * SPEC 3.1, 3.4 with the real scheduler: a pending retry holds no thread, and shutting the container down cancels
 * pending retries and ends the extension's thread.
 */
@Spec({"3.1", "3.4"})
class ShutdownTest {

    private static final int CALLS = 10_000;

    @Test
    void tenThousandPendingRetriesHoldNoThreadAndShutdownCancelsThemAll() {
        int before = Threads.live();
        List<CompletableFuture<String>> results = new ArrayList<>();
        Unreachable.ATTEMPTS.set(0);
        try (Deployed deployed = Tck.startRealTime(Unreachable.class)) {
            Unreachable upstream = deployed.get(Unreachable.class);
            // the container's own threads, if it has any, are not the retries': count from here
            int idle = Threads.live();
            for (int i = 0; i < CALLS; i++) {
                results.add(upstream.fetch().toCompletableFuture());
            }

            assertThat(Unreachable.ATTEMPTS).hasValue(CALLS);
            assertThat(results).noneMatch(CompletableFuture::isDone);
            assertThat(Threads.named("backoff-cdi")).as("one timer for all waits").hasSize(1);
            assertThat(Threads.live()).as("threads while %d retries wait", CALLS).isLessThanOrEqualTo(idle + 1);
        }

        assertThat(results).allMatch(CompletableFuture::isCancelled);
        Throwable cancelled = catchThrowable(results.get(0)::join);
        assertThat(cancelled).isInstanceOf(CancellationException.class);
        // Java 17's join throws the stage's own CancellationException; from Java 21 on, a new one ("join") with it
        // as the cause
        Throwable reason = cancelled.getCause() instanceof CancellationException own ? own : cancelled;
        assertThat(reason).hasMessageContaining("shut down");
        assertThat(Threads.named("backoff-cdi")).isEmpty();
        assertThat(Threads.live()).isLessThanOrEqualTo(before);
        assertThat(Unreachable.ATTEMPTS).as("no attempt after shutdown").hasValue(CALLS);
    }

    @ApplicationScoped
    public static class Unreachable {
        static final AtomicInteger ATTEMPTS = new AtomicInteger();

        /** Waits an hour before the second try: every call is pending when the container stops. */
        @Backoff(on = IOException.class, factor = 3600, jitter = Jitter.NONE)
        public CompletionStage<String> fetch() {
            ATTEMPTS.incrementAndGet();
            return CompletableFuture.failedFuture(new IOException("unreachable"));
        }
    }
}
