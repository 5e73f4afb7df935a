package dev.backoff.tck.async;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.Feature;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default BackoffScheduler with real time (SPEC 3.1: the next attempt is scheduled, no thread blocks): its own
 * timer, or the container's managed executor.
 */
@Spec("3.1")
class DefaultSchedulerTest {

    @Test
    void attemptsAfterAWaitRunOnAnExecutorNotOnTheTimerThread() throws Exception {
        try (Deployed deployed = Tck.startRealTime(Recorder.class)) {
            Recorder recorder = deployed.get(Recorder.class);

            assertThat(recorder.fetch().toCompletableFuture().get(10, TimeUnit.SECONDS)).isEqualTo("ok");

            List<String> threads = recorder.threads();
            assertThat(threads).hasSize(3);
            assertThat(threads.subList(1, 3)).noneMatch(name -> name.startsWith("backoff-cdi"));
        }
    }

    @Test
    void aManagedScheduledExecutorServiceBeanIsUsedWhenTheContainerHasOne() throws Exception {
        Tck.requires(Feature.MANAGED_SCHEDULER_BEAN);
        ManagedScheduler.SCHEDULED.set(0);
        try (Deployed deployed = Tck.startRealTime(Recorder.class, ManagedScheduler.class)) {
            Recorder recorder = deployed.get(Recorder.class);

            assertThat(recorder.fetch().toCompletableFuture().get(10, TimeUnit.SECONDS)).isEqualTo("ok");

            assertThat(ManagedScheduler.SCHEDULED).as("the two waits went to the managed executor").hasValue(2);
            // an attempt runs on the thread whose task became due, or, when that happens while the thread that
            // scheduled it is still leaving the retry loop, on that thread: never on a timer of the library's own
            assertThat(recorder.threads()).noneMatch(name -> name.startsWith("backoff-cdi"));
        }
    }

    @ApplicationScoped
    public static class Recorder {
        private final List<String> threads = new CopyOnWriteArrayList<>();

        List<String> threads() {
            return threads;
        }

        @Backoff(on = IOException.class, factor = 5, unit = ChronoUnit.MILLIS, jitter = Jitter.NONE)
        public CompletionStage<String> fetch() {
            threads.add(Thread.currentThread().getName());
            return threads.size() < 3 ? CompletableFuture.failedFuture(new IOException("not yet"))
                    : CompletableFuture.completedFuture("ok");
        }
    }

    /** Stands for a Jakarta EE server's managed executor: a proxy that schedules on a plain executor and counts. */
    public static class ManagedScheduler {
        static final AtomicInteger SCHEDULED = new AtomicInteger();

        @Produces
        @Singleton
        ManagedScheduledExecutorService managed() {
            ScheduledExecutorService real = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "managed"));
            return (ManagedScheduledExecutorService) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ManagedScheduledExecutorService.class}, (proxy, method, args) -> {
                        if (method.getName().equals("schedule")) {
                            SCHEDULED.incrementAndGet();
                        }
                        return method.invoke(real, args);
                    });
        }

        void close(@Disposes ManagedScheduledExecutorService managed) {
            managed.shutdownNow();
        }
    }
}
