package dev.backoff.tck.async;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.Feature;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import dev.backoff.tck.support.Tenant;
import dev.backoff.testing.VirtualTime;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.context.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC 3.9: where the application has a MicroProfile Context Propagation {@code ThreadContext} bean (here SmallRye's,
 * propagating the TCK's {@link Tenant} context), an asynchronous call captures its contexts at the call, on the
 * caller's thread, and every later attempt runs inside them, whatever thread runs it; the thread gets its own back
 * after. Without the bean, nothing but the request context of SPEC 3.7 is carried. With both, the request context is
 * the caller's, active once, and ends with the caller's request.
 */
@Spec("3.9")
class ThreadContextTest {

    static final AtomicInteger MADE = new AtomicInteger();
    static final List<Integer> DESTROYED = new CopyOnWriteArrayList<>();

    @AfterEach
    void noTenant() {
        Tenant.set(null);
    }

    @Test
    void laterAttemptsRunInTheThreadContextOfTheCall() throws Exception {
        try (Deployed deployed = Tck.start(Service.class, ThreadContexts.class)) {
            Service service = deployed.get(Service.class);
            VirtualTime time = deployed.get(VirtualTime.class);
            time.holdScheduledTasks();

            Tenant.set("acme");
            CompletableFuture<String> result = service.fetch().toCompletableFuture();
            Tenant.set("changed after the call");
            List<String> afterwards = onAnotherThread(time);

            assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("ok after 3");
            assertThat(service.attempts().seen()).containsExactly("acme", "acme", "acme");
            assertThat(service.attempts().threads()).hasSize(3).last().isNotEqualTo(Thread.currentThread());
            assertThat(afterwards).as("the tenant of the thread that ran the later attempts, after them")
                    .containsExactly("its own");
        }
    }

    @Test
    void withoutAThreadContextBeanTheThreadContextStaysBehind() throws Exception {
        try (Deployed deployed = Tck.start(Service.class)) {
            Service service = deployed.get(Service.class);
            VirtualTime time = deployed.get(VirtualTime.class);
            time.holdScheduledTasks();

            Tenant.set("acme");
            CompletableFuture<String> result = service.fetch().toCompletableFuture();
            onAnotherThread(time);

            assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("ok after 3");
            assertThat(service.attempts().seen()).containsExactly("acme", "its own", "its own");
        }
    }

    @Test
    void inTheThreadContextTheRequestContextIsTheCallersAndEndsWithTheCallersRequest() throws Exception {
        Tck.requires(Feature.REQUEST_CONTEXT_PROPAGATION);
        MADE.set(0);
        DESTROYED.clear();
        try (Deployed deployed = Tck.start(RequestService.class, ThreadContexts.class, RequestData.class,
                Requests.class)) {
            RequestService service = deployed.get(RequestService.class);
            Requests requests = deployed.get(Requests.class);
            VirtualTime time = deployed.get(VirtualTime.class);
            time.holdScheduledTasks();

            requests.activate();
            try {
                Tenant.set("acme");
                CompletableFuture<String> result = service.fetch().toCompletableFuture();
                onAnotherThread(time);

                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("ok after 3");
                assertThat(service.attempts().seen()).containsExactly("acme #1", "acme #1", "acme #1");
                assertThat(DESTROYED).as("the caller's request is still on").isEmpty();
            } finally {
                requests.deactivate();
            }
            assertThat(DESTROYED).containsExactly(1);
        }
    }

    /**
     * Runs the due attempts on a thread that works for a tenant of its own, and returns its tenant after them.
     */
    private static List<String> onAnotherThread(VirtualTime time) throws InterruptedException {
        List<String> after = new ArrayList<>();
        Thread thread = new Thread(() -> {
            Tenant.set("its own");
            time.advance(Duration.ofSeconds(10));
            after.add(Tenant.current());
        }, "later attempts");
        thread.start();
        thread.join();
        return after;
    }

    /** The application's ThreadContext, configured as Quarkus configures its own: every context there is. */
    public static class ThreadContexts {
        @Produces
        @Singleton
        ThreadContext threadContext() {
            return ThreadContext.builder().propagated(ThreadContext.ALL_REMAINING).cleared().unchanged().build();
        }
    }

    /** The test's request context, through the built-in controller. */
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

    /** Numbered when made: after construction, since ArC constructs a client proxy too. */
    @RequestScoped
    public static class RequestData {
        private int serial;

        @PostConstruct
        void made() {
            serial = MADE.incrementAndGet();
        }

        public int serial() {
            return serial;
        }

        @PreDestroy
        void destroyed() {
            DESTROYED.add(serial);
        }
    }

    /** What the attempts of a call saw, and the threads they ran on. */
    static final class Seen {
        private final List<String> seen = new CopyOnWriteArrayList<>();
        private final List<Thread> threads = new CopyOnWriteArrayList<>();

        List<String> seen() {
            return seen;
        }

        List<Thread> threads() {
            return threads;
        }

        /** One attempt, which saw {@code what}: the first two fail. */
        CompletionStage<String> attempt(String what) {
            seen.add(what);
            threads.add(Thread.currentThread());
            return seen.size() < 3 ? CompletableFuture.failedFuture(new IOException("not yet"))
                    : CompletableFuture.completedFuture("ok after " + seen.size());
        }
    }

    @ApplicationScoped
    public static class Service {
        private final Seen attempts = new Seen();

        Seen attempts() {
            return attempts;
        }

        @Backoff(on = IOException.class, jitter = Jitter.NONE)
        public CompletionStage<String> fetch() {
            return attempts.attempt(Tenant.current());
        }
    }

    @ApplicationScoped
    public static class RequestService {
        private final Seen attempts = new Seen();

        Seen attempts() {
            return attempts;
        }

        @Inject
        RequestData data;

        @Backoff(on = IOException.class, jitter = Jitter.NONE)
        public CompletionStage<String> fetch() {
            return attempts.attempt(Tenant.current() + " #" + data.serial());
        }
    }
}
