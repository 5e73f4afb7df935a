package dev.backoff.tck.async;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 3.2: cancelling the caller's future stops the loop, and never cancels the stage the method returned. */
@Spec("3.2")
@Deploy(CancellationTest.Upstream.class)
class CancellationTest {

    @Inject
    Upstream upstream;

    @Inject
    VirtualTime time;

    @BeforeEach
    void holdWaits() {
        time.holdScheduledTasks();
    }

    @Test
    void cancellingDuringAWaitCancelsTheWaitAndStartsNoFurtherAttempt() {
        upstream.failNext();
        CompletableFuture<String> result = upstream.fetch().toCompletableFuture();
        assertThat(upstream.attempts()).hasSize(1);
        assertThat(time.pendingTasks()).as("the wait before try 2").isEqualTo(1);

        assertThat(result.cancel(false)).isTrue();

        assertThat(time.pendingTasks()).isZero();
        time.advance(Duration.ofHours(1));
        assertThat(upstream.attempts()).hasSize(1);
        assertThat(result).isCancelled();
    }

    /**
     * The stage the method returned may be held by others too (a cached or single-flight future): the library
     * cannot know, so it never cancels it.
     */
    @Test
    void cancellingDuringAnAttemptLeavesTheStageTheMethodReturnedAlone() {
        CompletableFuture<String> result = upstream.fetch().toCompletableFuture();
        CompletableFuture<String> inFlight = upstream.attempts().get(0);
        assertThat(inFlight).isNotDone();

        assertThat(result.cancel(true)).isTrue();

        assertThat(inFlight).isNotDone();
        assertThat(inFlight.complete("for someone else")).isTrue();
        assertThat(result).isCancelled();
        assertThat(upstream.attempts()).hasSize(1);
    }

    @Test
    void anAttemptCompletingAfterCancellationStartsNoWait() {
        CompletableFuture<String> result = upstream.fetch().toCompletableFuture();
        CompletableFuture<String> inFlight = upstream.attempts().get(0);
        result.cancel(false);

        inFlight.completeExceptionally(new IOException("late failure"));

        assertThat(time.pendingTasks()).isZero();
        assertThat(time.waits()).isEmpty();
        assertThat(upstream.attempts()).hasSize(1);
    }

    @ApplicationScoped
    public static class Upstream {
        private final List<CompletableFuture<String>> attempts = new ArrayList<>();
        private boolean failNext;

        void failNext() {
            failNext = true;
        }

        List<CompletableFuture<String>> attempts() {
            return attempts;
        }

        @Backoff(on = IOException.class, jitter = Jitter.NONE)
        public CompletionStage<String> fetch() {
            CompletableFuture<String> attempt = failNext
                    ? CompletableFuture.failedFuture(new IOException("refused"))
                    : new CompletableFuture<>();
            failNext = false;
            attempts.add(attempt);
            return attempt;
        }
    }
}
