package dev.backoff.internal.engine;

import dev.backoff.internal.policy.Policy;
import dev.backoff.spi.BackoffClock;
import dev.backoff.spi.BackoffScheduler;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * The retry loop of one {@code @Backoff} layer for methods that return a {@link CompletionStage} (SPEC 3): the caller
 * gets a future at once; each failed attempt schedules the next through the {@link BackoffScheduler}, so no thread
 * waits. Same rules, events and listeners as {@link SyncRetry}.
 */
public final class AsyncRetry implements RetryLoop {

    /**
     * What {@code CompletableFuture.minimalCompletionStage()} and {@code completedStage} return: a
     * {@code CompletableFuture} whose {@code isDone} and {@code join} throw {@code UnsupportedOperationException}.
     */
    private static final Class<?> MINIMAL_STAGE = CompletableFuture.completedStage(null).getClass();

    private final Attempts.Loop loop;
    private final BackoffScheduler scheduler;
    private final PendingRetries pending;
    private final ContextCarrier contexts;

    public AsyncRetry(BackoffClock clock, BackoffScheduler scheduler, Notifier notifier, PendingRetries pending,
                      ContextCarrier contexts) {
        this.loop = new Attempts.Loop(clock, notifier, Transactions.NONE, false);
        this.scheduler = scheduler;
        this.pending = pending;
        this.contexts = contexts;
    }

    /**
     * Starts {@code call} under {@code policy}. Each attempt returns a {@link CompletionStage} (or throws, or returns
     * {@code null}: both failed attempts). The returned future completes as SPEC 2.7 says; cancelling it stops the loop.
     */
    @Override
    public <C> CompletableFuture<Object> call(Policy policy, C call, Target<C> target) {
        if (!policy.enabled()) {
            return once(policy, call, target);
        }
        if (policy.budget() != null) {
            policy.budget().deposit(); // SPEC 10.2: every call, before its first attempt, which is never refused
        }
        if (policy.limits() == null && policy.retryIf() == null && !loop.notifier().listens(policy)) {
            return firstAttemptFirst(policy, call, target);
        }
        Run<C> run = new Run<>(policy);
        try {
            run.attempts = Attempts.start(policy, call, target, loop);
        } catch (Throwable badLimits) { // SPEC 2.1: a limit that cannot be read ends the call before any attempt
            run.result.completeExceptionally(badLimits);
            return run.result;
        }
        run.carried = contexts.capture();
        run.drain();
        return run.result;
    }

    /**
     * The common case, nothing to read before the first attempt and nobody listening: make the first attempt before
     * building any retry state, and when it has already succeeded, answer with its value at once. Otherwise the
     * first attempt becomes try 1 of a retry loop.
     */
    private <C> CompletableFuture<Object> firstAttemptFirst(Policy policy, C call, Target<C> target) {
        long start = policy.maxTimeNanos() > 0 ? loop.clock().nanoTime() : 0;
        CompletionStage<?> first = stage(policy, call, target);
        if (first instanceof CompletableFuture<?> done && first.getClass() != MINIMAL_STAGE && done.isDone()
                && !done.isCompletedExceptionally()) {
            Object value = done.join();
            loop.notifier().success(policy, null, 1, 0, value);
            return CompletableFuture.completedFuture(value);
        }
        Run<C> run = new Run<>(policy);
        run.attempts = Attempts.afterFirst(policy, call, target, loop, start);
        run.carried = contexts.capture(); // still on the caller's thread
        run.continueFrom(first);
        return run.result;
    }

    /** A disabled policy: one attempt, its outcome as it is. */
    private static <C> CompletableFuture<Object> once(Policy policy, C call, Target<C> target) {
        CompletableFuture<Object> result = new CompletableFuture<>();
        stage(policy, call, target).whenComplete((value, thrown) -> {
            if (thrown == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(unwrap(thrown));
            }
        });
        return result;
    }

    /** Makes one attempt: a synchronous throw, or {@code null} instead of a stage, is a failed stage. */
    private static <C> CompletionStage<?> stage(Policy policy, C call, Target<C> target) {
        try {
            Object returned = target.attempt(call);
            return returned != null ? (CompletionStage<?>) returned : CompletableFuture.failedFuture(
                    new NullPointerException(policy.label() + " returned null instead of a CompletionStage"));
        } catch (Throwable thrown) {
            return CompletableFuture.failedFuture(thrown);
        }
    }

    /** Unwraps what {@code CompletableFuture} wraps around an attempt's own exception. */
    static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /**
     * The future a caller gets; cancelling it cancels the pending wait. The attempt in flight is left alone: the
     * stage the method returned may be held by others too (a cached or single-flight future).
     */
    static final class RetryFuture extends CompletableFuture<Object> {
        private final Run<?> run;

        RetryFuture(Run<?> run) {
            this.run = run;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            run.stop();
            return cancelled;
        }
    }

    /**
     * One call: its {@link Attempts} and result. Its {@link #run()} is the scheduled next attempt, its {@link #accept}
     * the completion of an attempt. Attempts run in a loop guarded by {@code due}, so that attempts completing
     * synchronously, or a scheduler running tasks inline, never nest (SPEC 3.3).
     */
    final class Run<C> implements Runnable, BiConsumer<Object, Throwable> {
        private final Policy policy;
        private final RetryFuture result = new RetryFuture(this);
        private final AtomicInteger due = new AtomicInteger();
        private final Runnable drain = this::drain;
        private Attempts<C> attempts;
        /** The caller's context, for the attempts that run later (SPEC 3.7 to 3.9); {@code null}: none. */
        private ContextCarrier.Carried carried;
        private volatile Future<?> scheduled;

        Run(Policy policy) {
            this.policy = policy;
        }

        /** The call, as messages name it. */
        String describe() {
            return policy.label();
        }

        /** Try 1 was made before this call existed ({@code firstAttemptFirst}); go on from its stage. */
        void continueFrom(CompletionStage<?> first) {
            due.set(1);
            first.whenComplete(this);
            makeTheAttemptsDueMeanwhile();
        }

        /** The wait is over: the next attempt is due, in the caller's context. */
        @Override
        public void run() {
            scheduled = null;
            pending.remove(this);
            if (carried == null) {
                drain();
                return;
            }
            try {
                carried.run(drain);
            } catch (Throwable noContext) { // the caller's context could not be entered: the call ends, never hangs
                result.completeExceptionally(noContext);
            }
        }

        /** An attempt is due: make it, unless one is already being made further up this thread's stack. */
        void drain() {
            if (due.getAndIncrement() != 0) {
                return;
            }
            if (!result.isDone()) {
                attempt();
            }
            makeTheAttemptsDueMeanwhile();
        }

        /** The attempts that became due while this thread made one: made here, in a loop, never nested. */
        private void makeTheAttemptsDueMeanwhile() {
            while (due.decrementAndGet() != 0) {
                if (!result.isDone()) {
                    attempt();
                }
            }
        }

        private void attempt() {
            attempts.next();
            stage(policy, attempts.call(), attempts.target()).whenComplete(this);
        }

        /** An attempt completed. */
        @Override
        public void accept(Object value, Throwable thrown) {
            if (result.isDone()) {
                return;
            }
            Throwable failure = thrown == null ? null : unwrap(thrown);
            if (failure != null && policy.aborts(failure)) {
                result.completeExceptionally(failure);
                return;
            }
            long wait;
            try {
                wait = attempts.after(value, failure);
            } catch (Throwable fromUserCode) { // a predicate, wait function, listener or observer ended the call (2.8)
                result.completeExceptionally(fromUserCode);
                return;
            }
            if (wait == Attempts.SUCCEEDED) {
                result.complete(value);
            } else if (wait == Attempts.GIVE_UP) {
                giveUp(value, failure);
            } else {
                try {
                    retryAfter(wait);
                } catch (Throwable fromScheduler) { // the scheduler refused the wait: that ends the call too
                    result.completeExceptionally(Rethrow.keeping(fromScheduler, failure));
                }
            }
        }

        private void giveUp(Object value, Throwable failure) {
            if (attempts.throwsOnGiveUp(failure)) {
                result.completeExceptionally(failure);
            } else {
                result.complete(attempts.returnedOnGiveUp(value, failure));
            }
        }

        private void retryAfter(long wait) {
            if (!pending.add(this)) {
                cancel(PendingRetries.shutdown(this));
                return;
            }
            Duration delay = Duration.ofNanos(wait);
            scheduled = carried == null ? scheduler.schedule(this, delay) : carried.schedule(scheduler, this, delay);
            if (result.isDone()) { // cancelled while scheduling
                stop();
            }
        }

        /** Ends the call with {@code why}, if it has not ended yet, and stops what it was waiting for. */
        void cancel(CancellationException why) {
            result.completeExceptionally(why);
            stop();
        }

        /** Stops the pending wait; called once the result is done. */
        void stop() {
            pending.remove(this);
            Future<?> wait = scheduled;
            if (wait != null) {
                wait.cancel(false);
            }
        }
    }
}
