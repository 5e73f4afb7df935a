package dev.backoff.internal.engine;

import dev.backoff.BackoffLimits;
import dev.backoff.internal.policy.Policy;
import dev.backoff.spi.BackoffClock;

import java.time.Duration;

/**
 * The retry loop of one {@code @Backoff} layer on the calling thread (SPEC 2, Python's {@code _sync.py}). All
 * state is local to a call; the success path on the first try allocates nothing.
 */
public final class SyncRetry implements RetryLoop {

    /** What the give-up line says when the caller's transaction is doomed (SPEC 7.4). */
    static final String ROLLBACK_ONLY = "the transaction it runs in is marked rollback-only, so no retry can succeed in"
            + " it; put @Transactional inside @Backoff (a method it calls, or a higher interceptor priority) so that"
            + " each attempt has a transaction of its own";

    private final BackoffClock clock;
    private final Notifier notifier;
    private final Transactions transactions;

    public SyncRetry(BackoffClock clock, Notifier notifier, Transactions transactions) {
        this.clock = clock;
        this.notifier = notifier;
        this.transactions = transactions;
    }

    /** Runs {@code call} under {@code policy}: returns its value or throws its exception, as SPEC 2 says. */
    @Override
    public <C> Object call(Policy policy, C call, Target<C> target) throws Exception {
        if (!policy.enabled()) {
            return target.attempt(call);
        }
        int maxTries = policy.maxTries();
        long maxTime = policy.maxTimeNanos();
        BackoffLimits limits = policy.limits();
        if (limits != null) {
            maxTries = Limits.maxTries(policy, limits);
            maxTime = Limits.maxTimeNanos(policy, limits);
        }
        boolean listens = notifier.listens(policy);
        boolean timed = listens || maxTime > 0;
        long start = timed ? clock.nanoTime() : 0;
        Object[] args = null;
        Waits waits = null;
        int tries = 0;
        while (true) {
            tries++;
            long elapsed = timed ? clock.nanoTime() - start : 0;
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
            if (listens && args == null) {
                args = target.arguments(call);
            }
            boolean succeeded = false;
            boolean interrupted = false;
            long wait = Decision.GAVE_UP;
            try {
                succeeded = failure == null && (policy.retryIf() == null || !policy.retryIf().test(value));
                interrupted = !succeeded && (policy.interrupts(failure) || Thread.currentThread().isInterrupted());
                if (succeeded) {
                    notifier.success(policy, args, tries, elapsed, value);
                } else if (interrupted) {
                    notifier.giveup(policy, args, tries, elapsed, value, failure, null);
                } else if (transactions.rollbackOnly()) {
                    notifier.giveup(policy, args, tries, elapsed, value, failure, ROLLBACK_ONLY);
                } else {
                    if (waits == null) {
                        waits = new Waits(policy.waits());
                    }
                    wait = Decision.nextWait(policy, waits, value, failure, tries, maxTries, elapsed, maxTime);
                    if (wait == Decision.GAVE_UP) {
                        notifier.giveup(policy, args, tries, elapsed, value, failure, null);
                    } else {
                        notifier.backoff(policy, args, tries, elapsed, value, failure, wait);
                    }
                }
            } catch (Throwable fromUserCode) {
                // a predicate, wait function, listener or observer threw: that ends the call (SPEC 2.8)
                throw Rethrow.<Exception>unchecked(Rethrow.keeping(fromUserCode, failure));
            }
            if (succeeded) {
                return value;
            }
            if (interrupted) {
                return endInterrupted(value, failure);
            }
            if (wait == Decision.GAVE_UP) {
                return giveUp(policy, value, failure);
            }
            try {
                clock.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                // SPEC 2.9: the loop ends with the last failure, and the thread stays interrupted
                Thread.currentThread().interrupt();
                try {
                    notifier.giveup(policy, args, tries, elapsed, value, failure, null);
                } catch (Throwable fromUserCode) {
                    throw Rethrow.<Exception>unchecked(Rethrow.keeping(fromUserCode, failure));
                }
                if (failure != null) {
                    failure.addSuppressed(e);
                }
                return endInterrupted(value, failure);
            }
        }
    }

    /**
     * SPEC 2.9: an interrupted call ends with its last exception, never {@code null} for {@code raiseOnGiveup = false}
     * (the caller must see the interrupt), or with its last value.
     */
    private static Object endInterrupted(Object value, Throwable failure) {
        if (failure != null) {
            throw Rethrow.<RuntimeException>unchecked(failure);
        }
        return value;
    }

    /** SPEC 2.7: the last exception, or {@code null}/zero, or the last value. */
    static Object giveUp(Policy policy, Object value, Throwable failure) {
        if (failure == null) {
            return value;
        }
        if (policy.raiseOnGiveup()) {
            throw Rethrow.<RuntimeException>unchecked(failure);
        }
        return policy.giveupValue();
    }
}
