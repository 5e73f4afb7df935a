package dev.backoff.tck.containers;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.spi.BackoffClock;
import dev.backoff.spi.BackoffScheduler;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 7.3: the clock and the scheduler are CDI beans that an {@code @Alternative @Priority} bean replaces. */
@Spec("7.3")
class ReplaceableTimeTest {

    @Test
    void anAlternativeClockAndSchedulerReplaceTheDefaults() throws IOException {
        try (Deployed deployed = Tck.startRealTime(Api.class, RecordingTime.class)) {
            Api api = deployed.get(Api.class);
            RecordingTime time = deployed.get(RecordingTime.class);

            assertThat(api.sync()).isEqualTo("ok");
            assertThat(api.async().toCompletableFuture().join()).isEqualTo("ok");

            assertThat(time.slept).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
            assertThat(time.scheduled).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        }
    }

    /** Runs scheduled tasks at once and records every wait: an application's own notion of time. */
    @Alternative
    @Priority(10)
    @Singleton
    public static class RecordingTime implements BackoffClock, BackoffScheduler {
        final List<Duration> slept = new CopyOnWriteArrayList<>();
        final List<Duration> scheduled = new CopyOnWriteArrayList<>();

        @Override
        public long nanoTime() {
            return 0;
        }

        @Override
        public void sleep(Duration wait) {
            slept.add(wait);
        }

        @Override
        public Future<?> schedule(Runnable task, Duration wait) {
            scheduled.add(wait);
            task.run();
            return CompletableFuture.completedFuture(null);
        }
    }

    @ApplicationScoped
    public static class Api {
        private int syncCalls;
        private int asyncCalls;

        @Backoff(on = IOException.class, jitter = Jitter.NONE)
        public String sync() throws IOException {
            if (++syncCalls < 3) {
                throw new IOException("not yet");
            }
            return "ok";
        }

        @Backoff(on = IOException.class, jitter = Jitter.NONE)
        public CompletionStage<String> async() {
            return ++asyncCalls < 3 ? CompletableFuture.failedFuture(new IOException("not yet"))
                    : CompletableFuture.completedFuture("ok");
        }
    }
}
