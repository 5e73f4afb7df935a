package dev.backoff.internal.engine;

import dev.backoff.spi.BackoffScheduler;
import dev.backoff.testing.VirtualTime;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/** Schedulers for the async loop's tests, on a {@link VirtualTime} clock, each recording the waits asked for. */
final class Schedulers {

    private Schedulers() {
    }

    /**
     * Runs each task at once, inside {@code schedule}, on the scheduling thread, the clock moved by the wait first: a
     * scheduler that nests, so only the loop's own guard keeps the stack flat (SPEC 3.3).
     */
    static final class Inline implements BackoffScheduler {
        final VirtualTime time = new VirtualTime();
        final List<Duration> waits = new ArrayList<>();

        @Override
        public Future<?> schedule(Runnable task, Duration wait) {
            waits.add(wait);
            time.advance(wait);
            task.run();
            return CompletableFuture.completedFuture(null);
        }
    }

    /** Keeps each task until the test runs it, the clock moved to its time: a wait that really waits. */
    static final class Deferring implements BackoffScheduler {
        final VirtualTime time = new VirtualTime();
        final List<Duration> waits = new ArrayList<>();
        /** Runs inside {@code schedule}, before it returns: what another thread could do meanwhile. */
        Runnable whileScheduling = () -> { };
        private final Deque<Pending> pending = new ArrayDeque<>();

        private record Pending(Runnable task, Duration delay, Wait future) {
        }

        /** A wait's future, counting the calls that cancel it. */
        static final class Wait extends CompletableFuture<Void> {
            int cancels;

            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                cancels++;
                return super.cancel(mayInterruptIfRunning);
            }
        }

        @Override
        public Future<?> schedule(Runnable task, Duration wait) {
            waits.add(wait);
            Wait future = new Wait();
            pending.add(new Pending(task, wait, future));
            whileScheduling.run();
            return future;
        }

        /** The scheduled tasks not run yet, cancelled ones included. */
        int scheduled() {
            return pending.size();
        }

        /** Whether the last task scheduled was cancelled. */
        boolean lastCancelled() {
            return pending.getLast().future().isCancelled();
        }

        /** How many times the last task scheduled was cancelled. */
        int lastCancels() {
            return pending.getLast().future().cancels;
        }

        /** Moves the clock by the first pending task's wait and runs it, unless it was cancelled. */
        void runNext() {
            Pending next = pending.removeFirst();
            time.advance(next.delay());
            if (!next.future().isCancelled()) {
                next.task().run();
                next.future().complete(null);
            }
        }
    }

    /** Refuses every task, as an executor that was shut down does. */
    static final class Refusing implements BackoffScheduler {
        @Override
        public Future<?> schedule(Runnable task, Duration wait) {
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        }
    }
}
