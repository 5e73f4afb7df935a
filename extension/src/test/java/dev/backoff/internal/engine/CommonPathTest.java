package dev.backoff.internal.engine;

import dev.backoff.internal.policy.Policy;
import dev.backoff.spi.BackoffClock;
import dev.backoff.testing.VirtualTime;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static dev.backoff.internal.engine.Harness.durations;
import static dev.backoff.internal.engine.Policies.policy;
import static dev.backoff.internal.policy.Members.MAX_TIME;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The common path: a call nobody listens to and without a time limit reads neither the clock nor its arguments, in
 * either loop, however many retries it makes. That is what keeps the success path near a no-op interceptor's cost; a
 * loop that reads them anyway still retries correctly, so only these counts notice. The counts are checked to move
 * when a time limit or a listener needs them.
 */
class CommonPathTest {

    /** A clock that counts how often its time is read. */
    private static final class CountingClock implements BackoffClock {
        private final VirtualTime time;
        int reads;

        CountingClock(VirtualTime time) {
            this.time = time;
        }

        @Override
        public long nanoTime() {
            reads++;
            return time.nanoTime();
        }

        @Override
        public void sleep(Duration wait) throws InterruptedException {
            time.sleep(wait);
        }
    }

    /** The scripted call's target, counting how often the call's arguments are read. */
    private static final class CountingTarget implements Target<Scripted> {
        int argumentReads;

        @Override
        public Object attempt(Scripted call) throws Exception {
            return Scripted.TARGET.attempt(call);
        }

        @Override
        public Object[] arguments(Scripted call) {
            argumentReads++;
            return Scripted.TARGET.arguments(call);
        }
    }

    /** Both loops' time: the sync loop sleeps on it, the async loop's scheduler moves it by each wait. */
    private final Schedulers.Inline inline = new Schedulers.Inline();
    private final CountingClock clock = new CountingClock(inline.time);
    private final CountingTarget target = new CountingTarget();

    private Object callSync(Policy policy, Scripted script) throws Exception {
        return new SyncRetry(clock, new Notifier(Observers.NONE), Transactions.NONE).call(policy, script, target);
    }

    private CompletableFuture<Object> callAsync(Policy policy, Scripted script) {
        return new AsyncRetry(clock, inline, new Notifier(Observers.NONE), new PendingRetries(), ContextCarrier.NONE)
                .call(policy, script, target);
    }

    private static Scripted twoFailuresThenOk() {
        return Scripted.failingThenReturning(2, "ok");
    }

    private static Scripted twoFailedStagesThenOk() {
        return Scripted.of(CompletableFuture.failedFuture(new IOException("1")),
                CompletableFuture.failedFuture(new IOException("2")), CompletableFuture.completedFuture("ok"));
    }

    @Test
    void aSyncCallRetriedWithoutTimeLimitOrListenerReadsNeitherClockNorArguments() throws Exception {
        assertThat(callSync(policy().build(), twoFailuresThenOk())).isEqualTo("ok");

        assertThat(inline.time.waits()).isEqualTo(durations(1, 2));
        assertThat(clock.reads).as("clock reads").isZero();
        assertThat(target.argumentReads).as("argument reads").isZero();
    }

    @Test
    void limitsWithoutATimeLimitDoNotReadTheClockEither() throws Exception {
        SyncRetryLimitsTest.CountingLimits limits = new SyncRetryLimitsTest.CountingLimits(5, Duration.ZERO);

        assertThat(callSync(policy().limits(limits).build(), twoFailuresThenOk())).isEqualTo("ok");

        assertThat(limits.reads).containsExactly("maxTries", "maxTime");
        assertThat(clock.reads).as("clock reads").isZero();
        assertThat(target.argumentReads).as("argument reads").isZero();
    }

    @Test
    void anAsyncCallRetriedWithoutTimeLimitOrListenerReadsNeitherClockNorArguments() {
        assertThat(callAsync(policy().build(), twoFailedStagesThenOk())).isCompletedWithValue("ok");

        assertThat(inline.waits).isEqualTo(durations(1, 2));
        assertThat(clock.reads).as("clock reads").isZero();
        assertThat(target.argumentReads).as("argument reads").isZero();
    }

    @Test
    void aTimeLimitReadsTheClockAtTheStartAndBeforeEachRetry() throws Exception {
        callSync(policy().time(MAX_TIME, 60).build(), twoFailuresThenOk());
        assertThat(clock.reads).as("sync clock reads").isEqualTo(3);

        clock.reads = 0;
        assertThat(callAsync(policy().time(MAX_TIME, 60).build(), twoFailedStagesThenOk())).isCompletedWithValue("ok");
        assertThat(inline.waits).isEqualTo(durations(1, 2));
        assertThat(clock.reads).as("async clock reads").isEqualTo(3);
        assertThat(target.argumentReads).as("argument reads").isZero();
    }

    @Test
    void aListenerHasTheArgumentsReadOnceAndTheClockBeforeEachAttempt() throws Exception {
        Policy listened = policy().listeners(new Journal().listener("l")).build();

        callSync(listened, twoFailuresThenOk());

        assertThat(target.argumentReads).as("argument reads").isEqualTo(1);
        assertThat(clock.reads).as("clock reads").isEqualTo(4);
    }
}
