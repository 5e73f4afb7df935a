package dev.backoff.internal.engine;

import dev.backoff.BackoffLimits;
import dev.backoff.event.GiveupReason;
import dev.backoff.internal.http.ServerDelays;
import dev.backoff.internal.policy.Policy;
import dev.backoff.spi.BackoffClock;

import java.time.Duration;

/**
 * One call's attempts, as both loops make them (SPEC 2.1-2.7): the call's setup (limits, clock, arguments, wait
 * sequence), the success test, what follows an attempt, and how a give-up ends. The sync and async loops differ only
 * in how they wait, and in what they can see of the caller: only the sync loop runs on the caller's thread, so only it
 * checks the thread's interrupt flag and the caller's transaction.
 *
 * @param <C> the call the loop makes attempts of
 */
final class Attempts<C> {

    /** What {@link #after} returns when the attempt succeeded. */
    static final long SUCCEEDED = -2;
    /** What {@link #after} returns when the call gives up. */
    static final long GIVE_UP = -1;

    /**
     * What a loop is to the attempts it makes.
     *
     * @param transactions  the caller's transaction: {@link Transactions#NONE} but on the caller's thread
     * @param callersThread whether the attempts run on the caller's thread (the sync loop): then the thread's
     *                      interrupt flag is the call's own
     */
    record Loop(BackoffClock clock, Notifier notifier, Transactions transactions, boolean callersThread) {
    }

    private final Policy policy;
    private final C call;
    private final Target<C> target;
    private final Loop loop;
    private final int maxTries;
    private final long maxTime;
    private final boolean listens;
    private final boolean timed;
    private final long start;
    private Object[] args;
    private Waits waits;
    private int tries;
    private long elapsed;
    private boolean interrupted;

    private Attempts(Policy policy, C call, Target<C> target, Loop loop, int maxTries, long maxTime, long start,
                     int tries) {
        this.policy = policy;
        this.call = call;
        this.target = target;
        this.loop = loop;
        this.maxTries = maxTries;
        this.maxTime = maxTime;
        this.listens = loop.notifier().listens(policy);
        this.timed = listens || maxTime > 0;
        this.start = start;
        this.tries = tries;
    }

    /**
     * SPEC 2.1: the start of a call: reads {@code limits} (what they throw ends the call before any attempt, as
     * {@link Limits} says) and starts the clock, when a limit or a listener needs it. No attempt made yet.
     */
    static <C> Attempts<C> start(Policy policy, C call, Target<C> target, Loop loop) {
        int maxTries = policy.maxTries();
        long maxTime = policy.maxTimeNanos();
        BackoffLimits limits = policy.limits();
        if (limits != null) {
            maxTries = Limits.maxTries(policy, limits);
            maxTime = Limits.maxTimeNanos(policy, limits);
        }
        boolean timed = loop.notifier().listens(policy) || maxTime > 0;
        return new Attempts<>(policy, call, target, loop, maxTries, maxTime, timed ? loop.clock().nanoTime() : 0, 0);
    }

    /**
     * A call whose first attempt was made before this existed: the common case, with no limits to read and nobody
     * listening, where the loops make the first attempt first, so that a success builds nothing.
     *
     * @param start the clock at the start, read when {@code maxTime} is set
     */
    static <C> Attempts<C> afterFirst(Policy policy, C call, Target<C> target, Loop loop, long start) {
        return new Attempts<>(policy, call, target, loop, policy.maxTries(), policy.maxTimeNanos(), start, 1);
    }

    /** SPEC 2.2: an attempt is about to be made: counts it, and takes the time elapsed before it. */
    void next() {
        tries++;
        elapsed = timed ? loop.clock().nanoTime() - start : 0;
    }

    /**
     * What follows an attempt that returned {@code value} or threw {@code failure} (not one that aborts): the success,
     * the next wait in nanoseconds, or the give-up (SPEC 2.3-2.7, 2.9, 7.4), each told to the meter, the log, the
     * listeners and the observers. What user code throws here ends the call (SPEC 2.8): it is thrown, keeping the
     * attempt's failure.
     *
     * @return {@link #SUCCEEDED}, {@link #GIVE_UP}, or the wait before the next attempt
     */
    long after(Object value, Throwable failure) {
        if (listens && args == null) {
            args = target.arguments(call);
        }
        try {
            if (failure == null && (policy.retryIf() == null || !policy.retryIf().test(value))) {
                loop.notifier().success(policy, args, tries, elapsed, value);
                return SUCCEEDED;
            }
            interrupted = policy.interrupts(failure) || loop.callersThread() && Thread.currentThread().isInterrupted();
            GiveupReason reason = interrupted ? GiveupReason.INTERRUPTED
                    : loop.transactions().rollbackOnly() ? GiveupReason.TRANSACTION_ROLLBACK_ONLY
                    : Decision.limitReached(policy, failure, tries, maxTries, elapsed, maxTime);
            long wait = 0;
            Duration serverDelay = null;
            if (reason == null) {
                if (waits == null) {
                    waits = new Waits(policy);
                }
                double next = waits.next(failure != null ? failure : value); // advances even when the server decides
                serverDelay = next == Waits.USED_UP || !policy.retryAfter() ? null
                        : ServerDelays.of(value, failure, loop.clock().instant()).orElse(null);
                if (next == Waits.USED_UP) {
                    reason = Decision.usedUp(policy);
                } else if (serverDelay == null) {
                    wait = Decision.truncate(next, maxTime, elapsed);
                } else {
                    wait = Decision.serverWait(Limits.saturatedNanos(serverDelay), serverDelayBound());
                    if (wait == Decision.TOO_LONG) {
                        reason = GiveupReason.SERVER_DELAY_TOO_LONG;
                    }
                }
            }
            if (reason == null && policy.budget() != null && !policy.budget().tryWithdraw()) {
                reason = GiveupReason.BUDGET_EXHAUSTED; // last: a retry that would not happen takes nothing
            }
            if (reason != null) {
                loop.notifier().giveup(policy, args, tries, elapsed, value, failure, reason, because(reason,
                        serverDelay));
                return GIVE_UP;
            }
            loop.notifier().backoff(policy, args, tries, elapsed, value, failure, wait, serverDelay != null);
            if (failure == null) {
                ServerDelays.close(value); // the caller gets only the last response; listeners have seen this one
            }
            return wait;
        } catch (Throwable fromUserCode) {
            throw Rethrow.<RuntimeException>unchecked(Rethrow.keeping(fromUserCode, failure));
        }
    }

    /**
     * SPEC 2.5: the longest server delay this call waits for: the time left before {@code maxTime} when there is one,
     * otherwise {@code maxServerDelay}.
     */
    private long serverDelayBound() {
        return maxTime > 0 ? maxTime - elapsed : policy.maxServerDelayNanos();
    }

    /** What the give-up's log line adds to {@code reason}: what to do about it, or the values that made it. */
    private String because(GiveupReason reason, Duration serverDelay) {
        return switch (reason) {
            case TRANSACTION_ROLLBACK_ONLY -> Transactions.ROLLBACK_ONLY;
            case SERVER_DELAY_TOO_LONG -> "the server asked to wait " + Notifier.duration(
                    Limits.saturatedNanos(serverDelay)) + ", longer than " + (maxTime > 0
                    ? "the " + Notifier.duration(serverDelayBound()) + " left before maxTime"
                    : "maxServerDelay (" + Notifier.duration(serverDelayBound()) + ")");
            case BUDGET_EXHAUSTED -> "retry budget " + policy.budgetName() + " has no retry left";
            default -> null;
        };
    }

    /**
     * SPEC 2.9: the wait before the next attempt was interrupted: the call gives up, the give-up told, with the last
     * failure and the {@code InterruptedException} added to it as suppressed.
     */
    void interruptedWhileWaiting(Object value, Throwable failure, InterruptedException interruption) {
        interrupted = true;
        try {
            loop.notifier().giveup(policy, args, tries, elapsed, value, failure, GiveupReason.INTERRUPTED, null);
        } catch (Throwable fromUserCode) {
            throw Rethrow.<RuntimeException>unchecked(Rethrow.keeping(fromUserCode, failure));
        }
        if (failure != null) {
            failure.addSuppressed(interruption);
        }
    }

    /**
     * SPEC 2.7: whether the call, giving up after {@code failure}, throws it: always, unless {@code raiseOnGiveup =
     * false} has it return instead; and always after an interrupt (SPEC 2.9: the caller must see it).
     */
    boolean throwsOnGiveUp(Throwable failure) {
        return failure != null && (policy.raiseOnGiveup() || interrupted);
    }

    /** SPEC 2.7: what the call returns when it gives up without throwing: the last value, or {@code null} or zero. */
    Object returnedOnGiveUp(Object value, Throwable failure) {
        return failure == null ? value : policy.giveupValue();
    }

    C call() {
        return call;
    }

    Target<C> target() {
        return target;
    }
}
