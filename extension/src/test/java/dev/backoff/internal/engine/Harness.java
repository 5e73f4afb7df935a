package dev.backoff.internal.engine;

import dev.backoff.internal.policy.Policy;
import dev.backoff.spi.BackoffClock;
import dev.backoff.spi.VirtualTime;

/** A {@link SyncRetry} on a {@link VirtualTime} (or another clock), running scripted calls. */
final class Harness {

    final VirtualTime time = new VirtualTime();
    private final SyncRetry retry;

    Harness() {
        this(Observers.NONE);
    }

    Harness(Observers observers) {
        this.retry = new SyncRetry(time, new Notifier(observers));
    }

    /** A harness whose engine uses {@code clock} instead of its {@link #time}. */
    Harness(BackoffClock clock) {
        this.retry = new SyncRetry(clock, new Notifier(Observers.NONE));
    }

    Object call(Policy policy, Script script) throws Exception {
        return retry.call(policy, script, Script.TARGET);
    }
}
