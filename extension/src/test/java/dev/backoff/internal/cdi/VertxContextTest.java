package dev.backoff.internal.cdi;

import dev.backoff.internal.engine.ContextCarrier;
import dev.backoff.spi.BackoffScheduler;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC 3.8, the Vert.x carrier alone: what it captures on and off a Vert.x context, where the next attempt runs, and
 * that cancelling a wait cancels its timer. One event loop, so that every timer fires on the same thread, in the order
 * of its deadline.
 */
class VertxContextTest {

    /** A scheduler the Vert.x path must never use: a call on a Vert.x context waits on Vert.x timers. */
    private static final BackoffScheduler UNUSED = (task, wait) -> {
        throw new AssertionError("the scheduler was asked to wait " + wait);
    };

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    private final ContextCarrier carrier = new VertxContext(ContextCarrier.NONE);

    @AfterEach
    void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void offAVertxContextItCarriesWhatTheOtherCarriersCarry() {
        assertThat(carrier.capture()).isNull();
        ContextCarrier.Carried request = Runnable::run;
        assertThat(new VertxContext(() -> request).capture()).isSameAs(request);
    }

    @Test
    void aCallCapturedOnAnEventLoopWaitsOnATimerAndRunsOnThatEventLoop() throws Exception {
        Context context = vertx.getOrCreateContext();
        ContextCarrier.Carried carried = onContext(context, false);
        CompletableFuture<List<Object>> ran = new CompletableFuture<>();

        carried.schedule(UNUSED, () -> ran.complete(List.of(Vertx.currentContext(), Context.isOnEventLoopThread())),
                Duration.ofNanos(1));

        assertThat(ran.get(10, TimeUnit.SECONDS)).containsExactly(context, true);
    }

    @Test
    void aCallCapturedOnAWorkerRunsOnAWorkerOfTheSameContext() throws Exception {
        Context context = vertx.getOrCreateContext();
        ContextCarrier.Carried carried = onContext(context, true);
        CompletableFuture<List<Object>> ran = new CompletableFuture<>();

        carried.schedule(UNUSED, () -> ran.complete(List.of(Vertx.currentContext(), Context.isOnWorkerThread())),
                Duration.ofMillis(1));

        assertThat(ran.get(10, TimeUnit.SECONDS)).containsExactly(context, true);
    }

    @Test
    void cancellingTheWaitCancelsItsTimer() throws Exception {
        Context context = vertx.getOrCreateContext();
        ContextCarrier.Carried carried = onContext(context, false);
        List<String> ran = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> later = new CompletableFuture<>();

        Future<?> cancelled = carried.schedule(UNUSED, () -> ran.add("cancelled"), Duration.ofMillis(20));
        assertThat(cancelled.cancel(false)).isTrue();
        carried.schedule(UNUSED, () -> later.complete(null), Duration.ofMillis(60));
        later.get(10, TimeUnit.SECONDS); // one event loop: the cancelled timer's deadline has passed

        assertThat(ran).isEmpty();
        assertThat(cancelled.isCancelled()).isTrue();
    }

    /** What the carrier captures on {@code context}: on its event loop, or on a worker of it. */
    private ContextCarrier.Carried onContext(Context context, boolean worker) throws Exception {
        CompletableFuture<ContextCarrier.Carried> captured = new CompletableFuture<>();
        if (worker) {
            context.executeBlocking(() -> captured.complete(carrier.capture()), false);
        } else {
            context.runOnContext(ignored -> captured.complete(carrier.capture()));
        }
        return captured.get(10, TimeUnit.SECONDS);
    }
}
