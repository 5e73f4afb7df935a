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
import jakarta.enterprise.context.ContextNotActiveException;
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
        MADE.set(0);
        DESTROYED.clear();
        time.holdScheduledTasks();
    }

    /**
     * Where the container offers no way to carry a request to another thread (OpenWebBeans), the later attempts run
     * without the caller's request: they never see its instances.
     */
    @Test
    void laterAttemptsSeeTheCallersRequestExactlyWhereTheContainerCanCarryIt() throws Exception {
        boolean carried = Tck.container().unsupported(Feature.REQUEST_CONTEXT_PROPAGATION).isEmpty();
        requests.activate();
        try {
            data.name("request 1");
            CompletableFuture<String> result = service.probe().toCompletableFuture();

            onAnotherThread(() -> time.advance(Duration.ofSeconds(10)));

            assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("probed 3");
        } finally {
            requests.deactivate();
        }
        assertThat(service.seen().get(0)).isEqualTo("request 1 #1");
        assertThat(service.seen().subList(1, 3)).as("what the later attempts saw of the request")
                .allSatisfy(seen -> assertThat(seen.equals("request 1 #1")).isEqualTo(carried));
    }

    @Test
    void laterAttemptsOnAnotherThreadSeeTheCallersRequestScopedInstances() throws Exception {
        Tck.requires(Feature.REQUEST_CONTEXT_PROPAGATION);
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
        Tck.requires(Feature.REQUEST_CONTEXT_PROPAGATION);
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

        /** Notes what each attempt sees of a request, if any: its data, or that none is active. */
        @Backoff(on = IOException.class, jitter = Jitter.NONE)
        public CompletionStage<String> probe() {
            String request;
            try {
                request = data.describe();
            } catch (ContextNotActiveException none) {
                request = "no request";
            }
            seen.add(request);
            return seen.size() < 3 ? CompletableFuture.failedFuture(new IOException("not yet"))
                    : CompletableFuture.completedFuture("probed " + seen.size());
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
