package dev.backoff.tck.async;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Feature;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import dev.backoff.testing.VirtualTime;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC 3.7: the later attempts of an asynchronous call run in the caller's request context, with the same
 * {@code @RequestScoped} instances as the first attempt, whatever thread they run on; once that request has ended,
 * each later attempt runs in a request context of its own, destroyed after it.
 */
@Spec("3.7")
@Deploy({RequestContextTest.Service.class, RequestContextTest.RequestData.class, RequestContextTest.Requests.class})
class RequestContextTest {

    static final AtomicInteger MADE = new AtomicInteger();
    static final List<Integer> DESTROYED = new CopyOnWriteArrayList<>();

    @Inject
    Service service;

    @Inject
    RequestData data;

    @Inject
    Requests requests;

    @Inject
    VirtualTime time;

    @BeforeEach
    void holdWaits() {
        Tck.requires(Feature.REQUEST_CONTEXT_PROPAGATION);
        MADE.set(0);
        DESTROYED.clear();
        time.holdScheduledTasks();
    }

    @Test
    void laterAttemptsOnAnotherThreadSeeTheCallersRequestScopedInstances() throws Exception {
        requests.activate();
        try {
            data.name("request 1");
            CompletableFuture<String> result = service.fetch().toCompletableFuture();

            onAnotherThread(() -> time.advance(Duration.ofSeconds(10)));

            assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("request 1 #1 after 3");
            assertThat(service.seen()).containsExactly("request 1 #1", "request 1 #1", "request 1 #1");
            assertThat(service.threads()).hasSize(3).last().isNotEqualTo(Thread.currentThread());
            assertThat(DESTROYED).as("the caller's request is still on").isEmpty();
        } finally {
            requests.deactivate();
        }
        assertThat(DESTROYED).containsExactly(1);
    }

    @Test
    void onceTheRequestHasEndedEachLaterAttemptRunsInARequestOfItsOwn() throws Exception {
        requests.activate();
        CompletableFuture<String> result;
        try {
            data.name("request 1");
            result = service.fetch().toCompletableFuture();
        } finally {
            requests.deactivate();
        }
        assertThat(DESTROYED).containsExactly(1);

        onAnotherThread(() -> time.advance(Duration.ofSeconds(10)));

        assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("unnamed #3 after 3");
        assertThat(service.seen()).containsExactly("request 1 #1", "unnamed #2", "unnamed #3");
        assertThat(DESTROYED).as("each attempt's own request ended with it").containsExactly(1, 2, 3);
    }

    private static void onAnotherThread(Runnable task) throws InterruptedException {
        Thread thread = new Thread(task, "later attempts");
        thread.start();
        thread.join();
    }

    /** The test's request context, through the built-in controller (ArC resolves built-in beans at injection points). */
    @ApplicationScoped
    public static class Requests {
        @Inject
        RequestContextController controller;

        void activate() {
            controller.activate();
        }

        void deactivate() {
            controller.deactivate();
        }
    }

    @RequestScoped
    public static class RequestData {
        private final int serial = MADE.incrementAndGet();
        private String name = "unnamed";

        public void name(String name) {
            this.name = name;
        }

        public String describe() {
            return name + " #" + serial;
        }

        @PreDestroy
        void destroyed() {
            DESTROYED.add(serial);
        }
    }

    @ApplicationScoped
    public static class Service {
        private final List<String> seen = new CopyOnWriteArrayList<>();
        private final List<Thread> threads = new CopyOnWriteArrayList<>();

        @Inject
        RequestData data;

        List<String> seen() {
            return seen;
        }

        List<Thread> threads() {
            return threads;
        }

        @Backoff(on = IOException.class, jitter = Jitter.NONE)
        public CompletionStage<String> fetch() {
            seen.add(data.describe());
            threads.add(Thread.currentThread());
            return seen.size() < 3 ? CompletableFuture.failedFuture(new IOException("not yet"))
                    : CompletableFuture.completedFuture(data.describe() + " after " + seen.size());
        }
    }
}
