package dev.backoff.internal.engine;

import dev.backoff.internal.policy.Policy;
import dev.backoff.spi.BackoffClock;

import java.time.Duration;

/**
 * The retry loop of one {@code @Backoff} layer on the calling thread (SPEC 2, Python's {@code _sync.py}): it waits by
 * sleeping. All state is local to a call; the success path on the first try allocates nothing.
 */
public final class SyncRetry implements RetryLoop {

    private final Attempts.Loop loop;

    public SyncRetry(BackoffClock clock, Notifier notifier, Transactions transactions) {
        this.loop = new Attempts.Loop(clock, notifier, transactions, true);
    }

    /** Runs {@code call} under {@code policy}: returns its value or throws its exception, as SPEC 2 says. */
    @Override
    public <C> Object call(Policy policy, C call, Target<C> target) throws Exception {
        if (!policy.enabled()) {
            return target.attempt(call);
        }
        if (policy.budget() != null) {
            policy.budget().deposit(); // SPEC 10.2: every call, before its first attempt, which is never refused
        }
        // the common case, nothing to read before the first attempt and nobody listening: make it before anything else
        Attempts<C> attempts = policy.limits() != null || loop.notifier().listens(policy)
                ? Attempts.start(policy, call, target, loop) : null;
        long start = attempts == null && policy.maxTimeNanos() > 0 ? loop.clock().nanoTime() : 0;
        while (true) {
            if (attempts != null) {
                attempts.next();
            }
            Object value = null;
            Throwable failure = null;
            try {
                value = target.attempt(call);
            } catch (Throwable t) {
                if (policy.aborts(t)) {
                    throw Rethrow.<Exception>unchecked(t);
                }
                failure = t;
            }
            if (attempts == null) {
                if (failure == null && policy.retryIf() == null) {
                    loop.notifier().success(policy, null, 1, 0, value);
                    return value;
                }
                attempts = Attempts.afterFirst(policy, call, target, loop, start);
            }
            long wait = attempts.after(value, failure);
            if (wait == Attempts.SUCCEEDED) {
                return value;
            }
            if (wait != Attempts.GIVE_UP) {
                try {
                    loop.clock().sleep(Duration.ofNanos(wait));
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // SPEC 2.9: the thread stays interrupted
                    attempts.interruptedWhileWaiting(value, failure, e);
                }
            }
            if (attempts.throwsOnGiveUp(failure)) {
                throw Rethrow.<Exception>unchecked(failure);
            }
            return attempts.returnedOnGiveUp(value, failure);
        }
    }
}
