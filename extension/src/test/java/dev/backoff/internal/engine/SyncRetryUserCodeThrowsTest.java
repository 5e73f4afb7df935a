package dev.backoff.internal.engine;

import dev.backoff.BackoffListener;
import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.SuccessEvent;
import dev.backoff.internal.policy.Policy;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static dev.backoff.internal.policy.Members.MAX_TRIES;
import static dev.backoff.internal.engine.Policies.policy;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An exception from a listener, an observer, the giveup or retryIf predicate or the wait function ends the call at
 * once and reaches the caller, with the attempt's exception added as suppressed (SPEC 2.8, BackoffListener javadoc).
 */
class SyncRetryUserCodeThrowsTest {

    private final Journal journal = new Journal();
    private final Harness harness = new Harness(journal.observers());

    @Test
    void aThrowingOnBackoffEndsTheCallWithTheAttemptsExceptionSuppressed() {
        IllegalStateException stop = new IllegalStateException("stop");
        Scripted script = Scripted.failingThenReturning(1, "ok");
        Policy policy = policy().listeners(new BackoffListener() {
            @Override
            public void onBackoff(BackoffEvent event) {
                throw stop;
            }
        }, journal.listener("later")).build();

        Throwable thrown = harness.failure(policy, script);

        assertThat(thrown).isSameAs(stop);
        assertThat(thrown.getSuppressed()).containsExactly(script.thrown(1));
        assertThat(script.attempts()).isEqualTo(1);
        assertThat(harness.time.waits()).isEmpty();
        assertThat(journal.lines()).isEmpty();
    }

    @Test
    void aListenerRethrowingTheAttemptsExceptionEndsTheCallWithItUnchanged() {
        IllegalStateException failure = new IllegalStateException("refused");
        Scripted script = Scripted.of(failure, "ok");
        Policy policy = policy().listeners(new BackoffListener() {
            @Override
            public void onBackoff(BackoffEvent event) {
                throw (IllegalStateException) event.exception();
            }
        }).build();

        Throwable thrown = harness.failure(policy, script);

        assertThat(thrown).isSameAs(failure).hasNoSuppressedExceptions();
        assertThat(script.attempts()).isEqualTo(1);
    }

    @Test
    void aThrowingOnGiveupReplacesTheRethrownException() {
        Scripted script = Scripted.failing(2);
        Policy policy = policy().set(MAX_TRIES, 2).listeners(new BackoffListener() {
            @Override
            public void onGiveup(GiveupEvent event) {
                throw new IllegalStateException("payments down", event.exception());
            }
        }).build();

        Throwable thrown = harness.failure(policy, script);

        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("payments down")
                .hasCause(script.thrown(2));
        assertThat(thrown.getSuppressed()).as("kept as the cause already, not added twice").isEmpty();
        assertThat(journal.lines()).containsExactly("observer:backoff");
    }

    @Test
    void aThrowingOnSuccessEndsTheCallAndTheValueIsLost() {
        IllegalStateException stop = new IllegalStateException("stop");
        Policy policy = policy().listeners(new BackoffListener() {
            @Override
            public void onSuccess(SuccessEvent event) {
                throw stop;
            }
        }).build();

        Throwable thrown = harness.failure(policy, Scripted.of("ok"));

        assertThat(thrown).isSameAs(stop).hasNoSuppressedExceptions();
    }

    @Test
    void aThrowingObserverEndsTheCall() {
        IllegalStateException stop = new IllegalStateException("observer failed");
        Harness observed = new Harness(new Observers() {
            @Override
            public boolean hear(Kind kind) {
                return true;
            }

            @Override
            public void fire(Kind kind, Object event) {
                throw stop;
            }
        });
        Scripted script = Scripted.failingThenReturning(1, "ok");

        Throwable thrown = observed.failure(policy().build(), script);

        assertThat(thrown).isSameAs(stop);
        assertThat(thrown.getSuppressed()).containsExactly(script.thrown(1));
        assertThat(script.attempts()).isEqualTo(1);
    }

    @Test
    void aThrowingGiveupPredicateEndsTheCall() {
        IllegalStateException broken = new IllegalStateException("predicate failed");
        Scripted script = Scripted.failingThenReturning(1, "ok");

        Throwable thrown = harness.failure(policy().giveup(e -> {
            throw broken;
        }).listeners(journal.listener("l")).build(), script);

        assertThat(thrown).isSameAs(broken);
        assertThat(thrown.getSuppressed()).containsExactly(script.thrown(1));
        assertThat(script.attempts()).isEqualTo(1);
        assertThat(journal.lines()).isEmpty();
    }

    @Test
    void aThrowingRetryIfEndsTheCall() {
        IllegalStateException broken = new IllegalStateException("predicate failed");
        Scripted script = Scripted.of("value", "ok");

        Throwable thrown = harness.failure(policy().retryIf(v -> {
            throw broken;
        }).build(), script);

        assertThat(thrown).isSameAs(broken).hasNoSuppressedExceptions();
        assertThat(script.attempts()).isEqualTo(1);
    }

    @Test
    void aThrowingWaitFunctionEndsTheCall() {
        IllegalStateException broken = new IllegalStateException("no Retry-After");
        IOException refused = new IOException("refused");
        Scripted script = Scripted.of(refused, "ok");

        Throwable thrown = harness.failure(policy().waitFrom(outcome -> {
            throw broken;
        }).listeners(journal.listener("l")).build(), script);

        assertThat(thrown).isSameAs(broken);
        assertThat(thrown.getSuppressed()).containsExactly(refused);
        assertThat(script.attempts()).isEqualTo(1);
        assertThat(journal.lines()).isEmpty();
    }
}
