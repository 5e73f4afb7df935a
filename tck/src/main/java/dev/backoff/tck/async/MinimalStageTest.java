package dev.backoff.tck.async;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.testing.VirtualTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC 3.1: any {@code CompletionStage} works, the JDK's minimal stages too ({@code completedStage},
 * {@code failedStage}, {@code minimalCompletionStage()}), whose {@code isDone} and {@code join} throw.
 */
@Spec("3.1")
@Deploy(MinimalStageTest.Service.class)
class MinimalStageTest {

    @Inject
    Service service;

    @Inject
    VirtualTime time;

    @Test
    void aCompletedMinimalStageGivesItsValue() throws Exception {
        service.script(List.of(() -> CompletableFuture.completedStage("ok")));

        assertThat(service.fetch().toCompletableFuture().get()).isEqualTo("ok");
        assertThat(time.waits()).isEmpty();
    }

    @Test
    void failedMinimalStagesAreRetried() throws Exception {
        service.script(List.of(() -> CompletableFuture.failedStage(new IOException("1")),
                () -> CompletableFuture.failedStage(new IOException("2")), () -> CompletableFuture.completedStage("ok")));

        assertThat(service.fetch().toCompletableFuture().get()).isEqualTo("ok");
        assertThat(service.calls()).isEqualTo(3);
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aMinimalStageCompletedLaterGivesItsOutcome() throws Exception {
        CompletableFuture<String> later = new CompletableFuture<>();
        service.script(List.of(() -> CompletableFuture.failedStage(new IOException("1")), later::minimalCompletionStage));

        CompletableFuture<String> result = service.fetch().toCompletableFuture();
        assertThat(result).isNotDone();
        later.complete("late");

        assertThat(result.get()).isEqualTo("late");
        assertThat(service.calls()).isEqualTo(2);
    }

    @ApplicationScoped
    public static class Service {
        private final Deque<Supplier<CompletionStage<String>>> script = new ArrayDeque<>();
        private int calls;

        void script(List<Supplier<CompletionStage<String>>> attempts) {
            script.addAll(attempts);
        }

        int calls() {
            return calls;
        }

        @Backoff(on = IOException.class, jitter = Jitter.NONE)
        public CompletionStage<String> fetch() {
            calls++;
            return script.remove().get();
        }
    }
}
