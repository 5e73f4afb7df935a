package dev.backoff.internal.cdi;

import dev.backoff.internal.engine.ContextCarrier;
import dev.backoff.spi.BackoffScheduler;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.inject.Vetoed;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * SPEC 3.8: an asynchronous call that starts on a Vert.x context (an event loop, a Quarkus request's duplicated
 * context, a worker) waits on Vert.x timers, and makes every later attempt on that same context and on the same kind
 * of thread as the first: on its event loop, or through {@code executeBlocking} on a worker when the first ran
 * anywhere else. What lives in the context comes along: on Quarkus, the request's MDC, OpenTelemetry context and CDI
 * request context. Off a Vert.x context, the call is carried as {@code contexts} carries it, on the scheduler. Used
 * only with the library's own scheduler ({@link AsyncContexts#forScheduler}); loaded only where Vert.x is.
 */
@Vetoed
final class VertxContext implements ContextCarrier {

    private final ContextCarrier contexts;

    VertxContext(ContextCarrier contexts) {
        this.contexts = contexts;
    }

    @Override
    public Carried capture() {
        Carried carried = contexts.capture();
        Context context = Vertx.currentContext();
        return context == null ? carried : new OnContext(context, Context.isOnEventLoopThread(), carried);
    }

    /**
     * A call's Vert.x context: where its attempts run ({@code eventLoop}: on the context's event loop, else on a
     * worker), with what else it carries ({@code carried}, or {@code null}).
     */
    private record OnContext(Context context, boolean eventLoop, Carried carried) implements Carried {

        @Override
        public void run(Runnable attempts) {
            if (carried == null) {
                attempts.run();
            } else {
                carried.run(attempts);
            }
        }

        /**
         * A Vert.x timer of at least a millisecond (Vert.x has no shorter one), and the attempt dispatched to the
         * context when it fires. Cancelling the future cancels the timer, so that a cancelled call or a shutdown (SPEC
         * 3.2, 3.4) leaves no timer behind; a timer that fires as it is cancelled still dispatches {@code next}, which
         * finds its call over, as with any scheduler.
         */
        @Override
        public Future<?> schedule(BackoffScheduler scheduler, Runnable next, Duration wait) {
            Vertx vertx = context.owner();
            long nanos = wait.toNanos();
            long millis = Math.max(1, nanos / 1_000_000 + (nanos % 1_000_000 == 0 ? 0 : 1));
            CompletableFuture<Void> pending = new CompletableFuture<>();
            long timer = vertx.setTimer(millis, fired -> {
                pending.complete(null);
                dispatch(next);
            });
            pending.whenComplete((fired, cancelled) -> {
                if (cancelled != null) {
                    vertx.cancelTimer(timer);
                }
            });
            return pending;
        }

        private void dispatch(Runnable next) {
            if (eventLoop) {
                context.runOnContext(ignored -> next.run());
            } else {
                context.executeBlocking(() -> {
                    next.run();
                    return null;
                }, false);
            }
        }
    }
}
