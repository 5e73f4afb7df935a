package dev.backoff.tck.async;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import dev.backoff.tck.support.Threads;
import dev.backoff.testing.VirtualTime;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * SPEC 3.8: with the library's own scheduler, a call that starts on a Vert.x context waits on Vert.x timers (the
 * library's timer thread never starts) and makes every later attempt on that context, on the same kind of thread as
 * the first; a scheduler the application chose times every wait itself; shutdown cancels a pending Vert.x wait. On
 * Quarkus every REST request runs on such a context; here the test makes its own Vert.x, whatever the container.
 */
@Spec("3.8")
class VertxContextTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void closeVertx() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aCallStartedOnAnEventLoopRetriesOnThatContextAndItsEventLoop() throws Exception {
        try (Deployed deployed = Tck.startRealTime(Recorder.class)) {
            Recorder recorder = deployed.get(Recorder.class);
            Context context = vertx.getOrCreateContext();

            CompletableFuture<String> result = onEventLoop(context, () -> recorder.fetch().toCompletableFuture());

            assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("ok after 3");
            assertThat(recorder.attempts()).hasSize(3).allSatisfy(attempt -> {
                assertThat(attempt.context()).isSameAs(context);
                assertThat(attempt.eventLoop()).as("on an event loop").isTrue();
                assertThat(attempt.thread()).isSameAs(recorder.attempts().get(0).thread());
            });
            assertThat(Threads.named("backoff-cdi")).as("the library's timer: the waits were Vert.x timers").isEmpty();
        }
    }

    @Test
    void aUniSubscribedOnAnEventLoopRetriesOnThatContextAndItsEventLoop() throws Exception {
        try (Deployed deployed = Tck.startRealTime(Recorder.class)) {
            Recorder recorder = deployed.get(Recorder.class);
            Context context = vertx.getOrCreateContext();

            CompletableFuture<String> result = onEventLoop(context,
                    () -> recorder.fetchUni().subscribeAsCompletionStage());

            assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("ok after 3");
            assertThat(recorder.attempts()).hasSize(3).allSatisfy(attempt -> {
                assertThat(attempt.context()).isSameAs(context);
                assertThat(attempt.eventLoop()).as("on an event loop").isTrue();
            });
            assertThat(Threads.named("backoff-cdi")).as("the library's timer: the waits were Vert.x timers").isEmpty();
        }
    }

    @Test
    void aCallStartedOnAWorkerRetriesOnWorkersOfThatContext() throws Exception {
        try (Deployed deployed = Tck.startRealTime(Recorder.class)) {
            Recorder recorder = deployed.get(Recorder.class);
            Context context = vertx.getOrCreateContext();

            CompletableFuture<String> result = context.executeBlocking(() -> recorder.fetch().toCompletableFuture(),
                    false).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);

            assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("ok after 3");
            assertThat(recorder.attempts()).hasSize(3).allSatisfy(attempt -> {
                assertThat(attempt.context()).isSameAs(context);
                assertThat(attempt.worker()).as("on a worker").isTrue();
            });
        }
    }

    @Test
    void aSchedulerTheApplicationChoseTimesTheWaitsOfACallStartedOnAContext() throws Exception {
        try (Deployed deployed = Tck.start(Recorder.class)) {
            Recorder recorder = deployed.get(Recorder.class);
            VirtualTime time = deployed.get(VirtualTime.class);
            time.holdScheduledTasks();
            Context context = vertx.getOrCreateContext();

            CompletableFuture<String> result = onEventLoop(context, () -> recorder.fetch().toCompletableFuture());
            time.advance(Duration.ofSeconds(1));

            assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("ok after 3");
            assertThat(time.waits()).containsExactly(Duration.ofMillis(2), Duration.ofMillis(4));
            assertThat(recorder.attempts()).extracting(Attempt::thread).as("the thread that advanced the time runs"
                    + " the later attempts").endsWith(Thread.currentThread(), Thread.currentThread());
        }
    }

    @Test
    void shutdownCancelsACallWaitingOnAVertxTimer() throws Exception {
        CompletableFuture<String> result;
        try (Deployed deployed = Tck.startRealTime(Recorder.class)) {
            Recorder recorder = deployed.get(Recorder.class);
            // the first attempt fails at once, on the event loop: when this returns, the call waits an hour
            result = onEventLoop(vertx.getOrCreateContext(), () -> recorder.unreachable().toCompletableFuture());
            assertThat(result).isNotDone();
        }

        assertThat(catchThrowable(() -> result.get(10, TimeUnit.SECONDS))).isInstanceOf(CancellationException.class);
    }

    /** Starts a call on {@code context}'s event loop, and returns its future once the call has returned it. */
    private static CompletableFuture<String> onEventLoop(Context context,
                                                         Supplier<CompletionStage<String>> call) throws Exception {
        CompletableFuture<CompletableFuture<String>> started = new CompletableFuture<>();
        context.runOnContext(ignored -> started.complete(call.get().toCompletableFuture()));
        return started.get(10, TimeUnit.SECONDS);
    }

    /** Where an attempt ran. */
    record Attempt(Context context, Thread thread, boolean eventLoop, boolean worker) {
        static Attempt here() {
            return new Attempt(Vertx.currentContext(), Thread.currentThread(), Context.isOnEventLoopThread(),
                    Context.isOnWorkerThread());
        }
    }

    @ApplicationScoped
    public static class Recorder {
        private final List<Attempt> attempts = new CopyOnWriteArrayList<>();

        List<Attempt> attempts() {
            return attempts;
        }

        @Backoff(on = IOException.class, factor = 2, unit = ChronoUnit.MILLIS, jitter = Jitter.NONE)
        public CompletionStage<String> fetch() {
            return attempt();
        }

        @Backoff(on = IOException.class, factor = 2, unit = ChronoUnit.MILLIS, jitter = Jitter.NONE)
        public Uni<String> fetchUni() {
            return Uni.createFrom().completionStage(this::attempt);
        }

        /** Private, so never intercepted: ArC intercepts a bean's calls to its own business methods. */
        private CompletionStage<String> attempt() {
            attempts.add(Attempt.here());
            return attempts.size() < 3 ? CompletableFuture.failedFuture(new IOException("not yet"))
                    : CompletableFuture.completedFuture("ok after " + attempts.size());
        }

        /** Waits an hour before the second try. */
        @Backoff(on = IOException.class, factor = 3600, jitter = Jitter.NONE)
        public CompletionStage<String> unreachable() {
            return CompletableFuture.failedFuture(new IOException("unreachable"));
        }
    }
}
