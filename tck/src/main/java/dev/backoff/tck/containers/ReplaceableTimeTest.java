package dev.backoff.tck.containers;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import dev.backoff.spi.BackoffClock;
import dev.backoff.spi.BackoffScheduler;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import dev.backoff.testing.VirtualTime;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC 7.3: the clock and the scheduler are CDI beans that an {@code @Alternative @Priority} bean replaces; the test
 * clock is on only when a test selects it.
 */
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

    /**
     * The test clock found as a bean (as a deployer that treats {@code @Singleton} as bean-defining finds it, or any
     * discovery of a test jar) but selected by nobody: the real clock and scheduler stay, and the waits are real.
     */
    @Test
    void virtualTimeFoundButNotSelectedChangesNothing() throws Exception {
        try (Deployed deployed = Tck.startRealTime(ShortWaits.class, VirtualTime.class)) {
            ShortWaits api = deployed.get(ShortWaits.class);
            assertThat(deployed.get(BackoffClock.class)).isNotInstanceOf(VirtualTime.class);
            assertThat(deployed.get(BackoffScheduler.class)).isNotInstanceOf(VirtualTime.class);

            long start = System.nanoTime();
            assertThat(api.sync()).isEqualTo("ok");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("two real waits of 20 ms")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(40));

            start = System.nanoTime();
            assertThat(api.async().toCompletableFuture().get(10, TimeUnit.SECONDS)).isEqualTo("ok");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("two real waits of 20 ms")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(40));
            assertThat(api.asyncThreads()).as("the retries' threads").hasSize(3)
                    .last().isNotEqualTo(Thread.currentThread());
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
    public static class ShortWaits {
        private int syncCalls;
        private int asyncCalls;
        private final List<Thread> asyncThreads = new CopyOnWriteArrayList<>();

        public List<Thread> asyncThreads() {
            return asyncThreads;
        }

        @Backoff(on = IOException.class, strategy = Wait.CONSTANT, interval = 20, unit = ChronoUnit.MILLIS,
                jitter = Jitter.NONE)
        public String sync() throws IOException {
            if (++syncCalls < 3) {
                throw new IOException("not yet");
            }
            return "ok";
        }

        @Backoff(on = IOException.class, strategy = Wait.CONSTANT, interval = 20, unit = ChronoUnit.MILLIS,
                jitter = Jitter.NONE)
        public CompletionStage<String> async() {
            asyncThreads.add(Thread.currentThread());
            return ++asyncCalls < 3 ? CompletableFuture.failedFuture(new IOException("not yet"))
                    : CompletableFuture.completedFuture("ok");
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
