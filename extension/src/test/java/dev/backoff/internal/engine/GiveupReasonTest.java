package dev.backoff.internal.engine;

import dev.backoff.event.GiveupEvent;
import dev.backoff.event.GiveupReason;
import dev.backoff.internal.policy.Policy;
import dev.backoff.internal.policy.PolicyMeter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.backoff.internal.engine.Policies.policy;
import static dev.backoff.internal.policy.Members.MAX_TIME;
import static dev.backoff.internal.policy.Members.MAX_TRIES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC 2.4: a give-up says why, the first reason that holds in the rule's order, to the listeners' event and to the
 * meter.
 */
class GiveupReasonTest {

    private final Journal journal = new Journal();
    private final List<GiveupReason> counted = new ArrayList<>();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void theGiveupPredicateComesBeforeMaxTries() {
        assertThat(reason(new Harness(), policy().set(MAX_TRIES, 1).giveup(e -> true), Scripted.failing(1)))
                .isEqualTo(GiveupReason.GIVEUP_PREDICATE);
    }

    @Test
    void maxTriesComesBeforeMaxTime() {
        Harness harness = new Harness();
        Scripted script = Scripted.failing(2).taking(harness.time, Duration.ofSeconds(5));

        assertThat(reason(harness, policy().set(MAX_TRIES, 2).time(MAX_TIME, 1), script))
                .isEqualTo(GiveupReason.MAX_TRIES);
    }

    @Test
    void maxTimeWhenItHadPassedAtTheStartOfTheAttempt() {
        Harness harness = new Harness();
        Scripted script = Scripted.failing(3).taking(harness.time, Duration.ofMillis(600));

        // try 1 starts at 0 and waits 1s, try 2 starts at 1.6s, past maxTime
        assertThat(reason(harness, policy().time(MAX_TIME, 1.5), script)).isEqualTo(GiveupReason.MAX_TIME);
        assertThat(script.attempts()).isEqualTo(2);
    }

    @Test
    void aConstantSequenceOfSeveralValuesUsedUp() {
        assertThat(reason(new Harness(), policy().constant(1, 2), Scripted.failing(3)))
                .isEqualTo(GiveupReason.WAITS_USED_UP);
    }

    @Test
    void aWaitFunctionReturningNull() {
        assertThat(reason(new Harness(), policy().waitFrom(outcome -> null), Scripted.failing(1)))
                .isEqualTo(GiveupReason.WAIT_FROM_NULL);
    }

    @Test
    void aRollbackOnlyTransactionComesBeforeTheLimits() {
        assertThat(reason(new Harness(() -> true), policy().set(MAX_TRIES, 1).giveup(e -> true), Scripted.failing(1)))
                .isEqualTo(GiveupReason.TRANSACTION_ROLLBACK_ONLY);
    }

    @Test
    void anInterruptComesFirst() {
        Thread.currentThread().interrupt();

        assertThat(reason(new Harness(() -> true), policy().set(MAX_TRIES, 1), Scripted.failing(1)))
                .isEqualTo(GiveupReason.INTERRUPTED);
    }

    @Test
    void anInterruptedWait() {
        assertThat(reason(new Harness(new SyncRetryInterruptTest.InterruptedClock()), policy(), Scripted.failing(1)))
                .isEqualTo(GiveupReason.INTERRUPTED);
    }

    /** Runs the call to its give-up; returns the reason, after checking that the event and the meter agree on it. */
    private GiveupReason reason(Harness harness, Policy.Builder policy, Scripted script) {
        harness.failure(policy.listeners(journal.listener("l")).meter(countingGiveups()).build(), script);
        List<GiveupEvent> giveups = journal.events("l", GiveupEvent.class);
        assertThat(giveups).hasSize(1);
        assertThat(counted).containsExactly(giveups.get(0).reason());
        return giveups.get(0).reason();
    }

    private PolicyMeter countingGiveups() {
        return new PolicyMeter() {
            @Override
            public void succeeded(int tries) {
            }

            @Override
            public void gaveUp(GiveupReason reason) {
                counted.add(reason);
            }

            @Override
            public void retried(long waitNanos) {
            }
        };
    }
}
