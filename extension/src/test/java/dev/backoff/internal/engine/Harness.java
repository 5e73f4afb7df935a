package dev.backoff.internal.engine;

import dev.backoff.internal.policy.Policy;
import dev.backoff.spi.BackoffClock;
import dev.backoff.testing.VirtualTime;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** A {@link SyncRetry} on a {@link VirtualTime} (or another clock), running scripted calls. */
final class Harness {

    final VirtualTime time = new VirtualTime();
    private final SyncRetry retry;

    Harness() {
        this(Observers.NONE);
    }

    Harness(Observers observers) {
        this.retry = new SyncRetry(time, new Notifier(observers), Transactions.NONE);
    }

    /** A harness whose calls run in the transaction {@code transactions} describes. */
    Harness(Transactions transactions) {
        this.retry = new SyncRetry(time, new Notifier(Observers.NONE), transactions);
    }

    /** A harness whose engine uses {@code clock} instead of its {@link #time}. */
    Harness(BackoffClock clock) {
        this.retry = new SyncRetry(clock, new Notifier(Observers.NONE), Transactions.NONE);
    }

    Object call(Policy policy, Scripted script) throws Exception {
        return retry.call(policy, script, Scripted.TARGET);
    }

    /** What {@link #call} throws, or an assertion error when it returns. */
    Throwable failure(Policy policy, Scripted script) {
        try {
            Object value = call(policy, script);
            throw new AssertionError("expected the call to throw, but it returned " + value);
        } catch (AssertionError e) {
            throw e;
        } catch (Throwable t) {
            return t;
        }
    }

    /** {@code seconds} as a duration, for comparing with waits and elapsed times. */
    static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    /** Each of {@code seconds} as a duration. */
    static List<Duration> durations(double... seconds) {
        return Arrays.stream(seconds).mapToObj(Harness::seconds).toList();
    }
}
