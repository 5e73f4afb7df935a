package dev.backoff.internal.engine;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;

import static dev.backoff.internal.engine.Policies.policy;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 7.4: a failed attempt that left the caller's transaction rollback-only ends the call at once. */
class SyncRetryTransactionTest {

    @Test
    void aDoomedTransactionEndsTheCallAfterTheAttemptThatDoomedIt() {
        AtomicBoolean doomed = new AtomicBoolean();
        Scripted script = Scripted.of(new java.io.IOException("deadlock"), "ok");
        Harness harness = new Harness(doomed::get);
        doomed.set(true);

        Throwable thrown = harness.failure(policy().build(), script);

        assertThat(thrown).isSameAs(script.outcome(1));
        assertThat(script.attempts()).isEqualTo(1);
        assertThat(harness.time.waits()).isEmpty();
    }

    @Test
    void aLiveTransactionIsRetriedAsUsual() throws Exception {
        Scripted script = Scripted.failingThenReturning(2, "ok");

        assertThat(new Harness(() -> false).call(policy().build(), script)).isEqualTo("ok");
        assertThat(script.attempts()).isEqualTo(3);
    }
}
