package dev.backoff.internal.engine;

import dev.backoff.internal.policy.Policy;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.backoff.internal.policy.Members.ENABLED;
import static dev.backoff.internal.policy.Members.MAX_TRIES;
import static dev.backoff.internal.policy.Members.MAX_VALUE;
import static dev.backoff.internal.engine.Harness.durations;
import static dev.backoff.internal.engine.Policies.policy;
import static org.assertj.core.api.Assertions.assertThat;

/** How many attempts and waits a call makes (SPEC 2.1, 2.2, 2.4, 2.5; reference 4.1, 4.5, 7.1). */
class SyncRetryAttemptsTest {

    private final Harness harness = new Harness();

    @Test
    void successOnTheFirstTryDoesNotWait() throws Exception {
        Scripted script = Scripted.of("ok");

        assertThat(harness.call(policy().build(), script)).isEqualTo("ok");

        assertThat(script.attempts()).isEqualTo(1);
        assertThat(harness.time.waits()).isEmpty();
    }

    @Test
    void failuresAreRetriedWithTheSequenceUntilSuccess() throws Exception {
        Scripted script = Scripted.failingThenReturning(3, "ok");

        assertThat(harness.call(policy().build(), script)).isEqualTo("ok");

        assertThat(script.attempts()).isEqualTo(4);
        assertThat(harness.time.waits()).isEqualTo(durations(1, 2, 4));
    }

    @Test
    void maxTriesMakesThatManyCallsAndRethrowsTheLastExceptionItself() {
        Scripted script = Scripted.failing(5);

        Throwable thrown = harness.failure(policy().set(MAX_TRIES, 5).build(), script);

        assertThat(thrown).isSameAs(script.outcome(5)).hasNoSuppressedExceptions();
        assertThat(script.attempts()).isEqualTo(5);
        assertThat(harness.time.waits()).isEqualTo(durations(1, 2, 4, 8));
    }

    @Test
    void maxTriesOneMakesOneCallAndNoWait() {
        Scripted script = Scripted.failing(1);

        assertThat(harness.failure(policy().set(MAX_TRIES, 1).build(), script)).isSameAs(script.outcome(1));

        assertThat(harness.time.waits()).isEmpty();
    }

    @Test
    void successOnTheLastAllowedTryIsASuccess() throws Exception {
        Scripted script = Scripted.failingThenReturning(2, "ok");

        assertThat(harness.call(policy().set(MAX_TRIES, 3).build(), script)).isEqualTo("ok");

        assertThat(script.attempts()).isEqualTo(3);
    }

    @Test
    void maxTriesZeroMeansNoLimit() throws Exception {
        Scripted script = Scripted.failingThenReturning(40, "ok");

        assertThat(harness.call(policy().set(MAX_TRIES, 0).time(MAX_VALUE, 60).build(), script)).isEqualTo("ok");

        assertThat(script.attempts()).isEqualTo(41);
        assertThat(harness.time.waits()).hasSize(40);
    }

    @Test
    void stateIsPerCall() throws Exception {
        Policy policy = policy().set(MAX_TRIES, 3).build();
        Scripted first = Scripted.failing(3);
        Scripted second = Scripted.failingThenReturning(2, "ok");

        harness.failure(policy, first);
        assertThat(harness.call(policy, second)).isEqualTo("ok");

        assertThat(first.attempts()).isEqualTo(3);
        assertThat(second.attempts()).isEqualTo(3);
        assertThat(harness.time.waits()).isEqualTo(durations(1, 2, 1, 2));
    }

    @Test
    void theSequenceAdvancesOnlyWhenARetryHappens() {
        List<Object> asked = new ArrayList<>();
        Scripted script = Scripted.failing(3);
        Policy policy = policy().set(MAX_TRIES, 3).waitFrom(outcome -> {
            asked.add(outcome);
            return Duration.ofSeconds(asked.size());
        }).build();

        harness.failure(policy, script);

        // never asked for the failure that ends the call (reference 4.5)
        assertThat(asked).containsExactly(script.outcome(1), script.outcome(2));
        assertThat(harness.time.waits()).isEqualTo(durations(1, 2));
    }

    @Test
    void aDisabledPolicyMakesOneAttemptAndRethrows() {
        Scripted script = Scripted.failing(1);

        Throwable thrown = harness.failure(policy().set(ENABLED, false).set(MAX_TRIES, 5).build(), script);

        assertThat(thrown).isSameAs(script.outcome(1));
        assertThat(harness.time.waits()).isEmpty();
    }

    @Test
    void aDisabledPolicyReturnsTheFirstValueEvenWhenRetryIfRejectsIt() throws Exception {
        Scripted script = Scripted.of("", "ok");

        assertThat(harness.call(policy().set(ENABLED, false).retryIf(v -> "".equals(v)).build(), script)).isEqualTo("");

        assertThat(script.attempts()).isEqualTo(1);
    }

    @Test
    void aCheckedExceptionIsRethrownUnwrapped() {
        IOException refused = new IOException("refused");

        assertThat(harness.failure(policy().set(MAX_TRIES, 1).build(), Scripted.of(refused))).isSameAs(refused);
    }
}
