package dev.backoff.internal.engine;

import dev.backoff.spi.BackoffClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.backoff.internal.policy.Members.ON;
import static dev.backoff.internal.policy.Members.RAISE_ON_GIVEUP;
import static dev.backoff.internal.engine.Policies.policy;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An interrupt during a wait ends the loop: the last failure is rethrown with the {@link InterruptedException}
 * suppressed, and the thread stays interrupted (SPEC 2.9).
 */
class SyncRetryInterruptTest {

    /** A clock whose wait is always interrupted; like {@code Thread.sleep}, it clears the flag as it throws. */
    static final class InterruptedClock implements BackoffClock {
        final InterruptedException interruption = new InterruptedException("sleep interrupted");

        @Override
        public long nanoTime() {
            return 0;
        }

        @Override
        public void sleep(Duration wait) throws InterruptedException {
            throw interruption;
        }
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void anInterruptedWaitRethrowsTheLastFailureWithTheInterruptSuppressedAndTheFlagSet() {
        InterruptedClock clock = new InterruptedClock();
        Scripted script = Scripted.failingThenReturning(1, "ok");

        Throwable thrown = new Harness(clock).failure(policy().build(), script);

        assertThat(thrown).isSameAs(script.outcome(1));
        assertThat(thrown.getSuppressed()).containsExactly(clock.interruption);
        assertThat(script.attempts()).isEqualTo(1);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void anAttemptFailingWithTheFlagSetEndsTheLoopWithItsOwnExceptionAndTheFlagKept() {
        Harness harness = new Harness();
        Scripted script = Scripted.failingThenReturning(1, "ok");

        Thread.currentThread().interrupt();
        Throwable thrown = harness.failure(policy().build(), script);

        assertThat(thrown).isSameAs(script.outcome(1));
        assertThat(thrown.getSuppressed()).isEmpty();
        assertThat(script.attempts()).isEqualTo(1);
        assertThat(harness.time.waits()).isEmpty();
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }

    @Test
    void anInterruptedExceptionIsNotRetriedUnlessOnListsIt() {
        Scripted script = Scripted.of(new InterruptedException("sleep interrupted"), "ok");

        Throwable thrown = new Harness().failure(policy().set(RAISE_ON_GIVEUP, false).build(), script);

        assertThat(thrown).isSameAs(script.outcome(1));
        assertThat(script.attempts()).isEqualTo(1);
    }

    @Test
    void anInterruptedExceptionListedInOnIsRetried() throws Exception {
        Scripted script = Scripted.of(new InterruptedException("sleep interrupted"), "ok");

        Object value = new Harness().call(policy().set(ON, new Class<?>[] {InterruptedException.class}).build(), script);

        assertThat(value).isEqualTo("ok");
        assertThat(script.attempts()).isEqualTo(2);
    }

    @Test
    void anInterruptedWaitAfterAValueFailureReturnsThatValueWithTheFlagSet() throws Exception {
        // SPEC 2.9 speaks of rethrowing; a value failure has nothing to throw, so it ends as a give-up does (2.7)
        Scripted script = Scripted.of("busy", "ok");

        Object value = new Harness(new InterruptedClock()).call(policy().retryIf("busy"::equals).build(), script);

        assertThat(value).isEqualTo("busy");
        assertThat(script.attempts()).isEqualTo(1);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
    }
}
