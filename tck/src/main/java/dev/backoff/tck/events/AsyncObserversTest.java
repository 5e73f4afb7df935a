package dev.backoff.tck.events;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.support.LogCapture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC 2.8 and 4.2: {@code @ObservesAsync} observers of the events are notified asynchronously; what they throw is
 * logged and never reaches the caller.
 */
@Spec({"2.8", "4.2"})
@Deploy({AsyncObserversTest.Api.class, AsyncObserversTest.Watcher.class})
class AsyncObserversTest {

    @Inject
    Api api;

    @Inject
    Watcher watcher;

    @Test
    void asyncObserversAreToldOffTheCallingThreadAndTheirExceptionsAreOnlyLogged() throws Exception {
        try (LogCapture log = new LogCapture()) {
            assertThatThrownBy(api::fetch).isInstanceOf(IOException.class).hasMessage("down 3");

            assertThat(watcher.told().await(10, TimeUnit.SECONDS)).as("three events delivered").isTrue();
            assertThat(watcher.threads()).hasSize(3).doesNotContain(Thread.currentThread());
            assertThat(log.await(Level.WARNING, line -> line.startsWith("An @ObservesAsync observer of GiveupEvent"),
                    Duration.ofSeconds(10))).contains("refused to hear of it");
        }
    }

    @ApplicationScoped
    public static class Watcher {
        private final CountDownLatch told = new CountDownLatch(3);
        private final List<Thread> threads = new CopyOnWriteArrayList<>();

        CountDownLatch told() {
            return told;
        }

        List<Thread> threads() {
            return threads;
        }

        void backoff(@ObservesAsync BackoffEvent event) {
            threads.add(Thread.currentThread());
            told.countDown();
        }

        void giveup(@ObservesAsync GiveupEvent event) {
            threads.add(Thread.currentThread());
            told.countDown();
            throw new IllegalStateException("refused to hear of it");
        }
    }

    @ApplicationScoped
    public static class Api {
        private int calls;

        @Backoff(on = IOException.class, maxTries = 3, jitter = Jitter.NONE)
        public String fetch() throws IOException {
            throw new IOException("down " + ++calls);
        }
    }
}
