package dev.backoff.internal.engine;

import dev.backoff.event.GiveupEvent;
import dev.backoff.event.GiveupReason;
import dev.backoff.internal.policy.Policy;
import dev.backoff.spi.RetryBudget;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static dev.backoff.internal.engine.Policies.policy;
import static dev.backoff.internal.policy.Members.MAX_TRIES;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 10.2, 10.3: every call deposits before its first attempt; a retry withdraws, or the call gives up. */
class BudgetTest {

    private final Harness harness = new Harness();
    private final Journal journal = new Journal();

    /** A budget of {@code retries} retries, counting what it is asked. */
    static final class Counted implements RetryBudget {
        int deposits;
        int withdrawals;
        int retries;

        Counted(int retries) {
            this.retries = retries;
        }

        @Override
        public void deposit() {
            deposits++;
        }

        @Override
        public boolean tryWithdraw() {
            withdrawals++;
            return retries-- > 0;
        }
    }

    @Test
    void aCallThatSucceedsAtOnceDepositsAndWithdrawsNothing() throws Exception {
        Counted budget = new Counted(0);

        assertThat(harness.call(policy().budget(budget).build(), Scripted.of("ok"))).isEqualTo("ok");

        assertThat(budget.deposits).isEqualTo(1);
        assertThat(budget.withdrawals).isZero();
    }

    @Test
    void anAsyncCallDepositsBeforeItsFirstAttemptAndWithdrawsForEachRetry() {
        Counted budget = new Counted(5);
        Schedulers.Inline inline = new Schedulers.Inline();
        AsyncRetry async = new AsyncRetry(inline.time, inline, new Notifier(Observers.NONE), new PendingRetries(),
                ContextCarrier.NONE);

        CompletableFuture<Object> result = async.call(policy().budget(budget).build(), Scripted.of(
                CompletableFuture.failedFuture(new IOException("1")), CompletableFuture.completedFuture("ok")),
                Scripted.TARGET);

        assertThat(result).isCompletedWithValue("ok");
        assertThat(budget.deposits).isEqualTo(1);
        assertThat(budget.withdrawals).isEqualTo(1);
    }

    @Test
    void everyRetryWithdrawsOne() throws Exception {
        Counted budget = new Counted(5);

        harness.call(policy().budget(budget).build(), Scripted.failingThenReturning(2, "ok"));

        assertThat(budget.deposits).isEqualTo(1);
        assertThat(budget.withdrawals).isEqualTo(2);
    }

    @Test
    void anEmptyBudgetEndsTheCallWithItsLastFailureAndNoWait() {
        Counted budget = new Counted(1);
        Scripted script = Scripted.failing(3);

        Throwable thrown = harness.failure(policy().budget(budget).listeners(journal.listener("l")).build(), script);

        assertThat(thrown).isSameAs(script.outcome(2));
        assertThat(harness.time.waits()).containsExactly(Duration.ofSeconds(1));
        assertThat(journal.events("l", GiveupEvent.class)).singleElement().extracting(GiveupEvent::reason)
                .isEqualTo(GiveupReason.BUDGET_EXHAUSTED);
    }

    @Test
    void aValueFailureGivesUpReturningTheLastValue() throws Exception {
        Policy policy = policy().budget(new Counted(0)).retryIf(v -> v.equals("busy")).build();

        assertThat(harness.call(policy, Scripted.of("busy", "ok"))).isEqualTo("busy");
    }

    @Test
    void aCallThatGivesUpForAnotherReasonTakesNothing() {
        Counted budget = new Counted(5);

        harness.failure(policy().set(MAX_TRIES, 2).budget(budget).listeners(journal.listener("l")).build(),
                Scripted.failing(2));

        assertThat(budget.withdrawals).as("one retry; the give-up at maxTries asks nothing").isEqualTo(1);
        assertThat(journal.events("l", GiveupEvent.class)).singleElement().extracting(GiveupEvent::reason)
                .isEqualTo(GiveupReason.MAX_TRIES);
    }

    @Test
    void aDisabledPolicyDepositsNothing() throws Exception {
        Counted budget = new Counted(0);

        harness.call(policy().set(dev.backoff.internal.policy.Members.ENABLED, false).budget(budget).build(),
                Scripted.of("ok"));

        assertThat(budget.deposits).isZero();
    }
}
