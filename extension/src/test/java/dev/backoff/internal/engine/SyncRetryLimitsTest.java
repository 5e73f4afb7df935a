package dev.backoff.internal.engine;

import dev.backoff.BackoffLimits;
import dev.backoff.internal.policy.Policy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.backoff.internal.policy.Members.MAX_TIME;
import static dev.backoff.internal.policy.Members.MAX_TRIES;
import static dev.backoff.internal.engine.Harness.durations;
import static dev.backoff.internal.engine.Policies.policy;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code limits}: read once at the start of every call, replacing maxTries and maxTime (SPEC 1, 1.3, 2.1). */
class SyncRetryLimitsTest {

    /** Limits that record each read. */
    static final class CountingLimits implements BackoffLimits {
        final List<String> reads = new ArrayList<>();
        private final int maxTries;
        private final Duration maxTime;

        CountingLimits(int maxTries, Duration maxTime) {
            this.maxTries = maxTries;
            this.maxTime = maxTime;
        }

        @Override
        public int maxTries() {
            reads.add("maxTries");
            return maxTries;
        }

        @Override
        public Duration maxTime() {
            reads.add("maxTime");
            return maxTime;
        }
    }

    private final Harness harness = new Harness();

    @Test
    void limitsAreReadOncePerCallNotPerTry() throws Exception {
        CountingLimits limits = new CountingLimits(3, Duration.ZERO);
        Policy policy = policy().limits(limits).build();

        harness.failure(policy, Scripted.failing(3));
        assertThat(limits.reads).containsExactly("maxTries", "maxTime");

        harness.call(policy, Scripted.failingThenReturning(2, "ok"));
        assertThat(limits.reads).containsExactly("maxTries", "maxTime", "maxTries", "maxTime");
    }

    @Test
    void limitsMaxTriesReplacesThePolicys() {
        Scripted script = Scripted.failing(4);

        harness.failure(policy().set(MAX_TRIES, 2).limits(new CountingLimits(4, Duration.ZERO)).build(), script);

        assertThat(script.attempts()).isEqualTo(4);
    }

    @Test
    void limitsMaxTimeReplacesThePolicysAndTruncatesLikeIt() {
        Scripted script = Scripted.failing(5).taking(harness.time, Duration.ofMillis(500));

        harness.failure(policy().time(MAX_TIME, 1).limits(new CountingLimits(0, Duration.ofSeconds(10))).build(), script);

        assertThat(harness.time.waits()).isEqualTo(durations(1, 2, 4, 1.5));
    }

    @Test
    void limitsZeroMeansNoLimitEvenWhenThePolicyHasOne() throws Exception {
        Scripted script = Scripted.failingThenReturning(5, "ok").taking(harness.time, Duration.ofSeconds(10));

        Object value = harness.call(policy().set(MAX_TRIES, 2).time(MAX_TIME, 1).limits(new CountingLimits(0, Duration.ZERO))
                .build(), script);

        assertThat(value).isEqualTo("ok");
        assertThat(script.attempts()).isEqualTo(6);
    }

    @Test
    void aMaxTimeBeyondLongNanosecondsDoesNotOverflow() throws Exception {
        Scripted script = Scripted.failingThenReturning(3, "ok");

        Object value = harness.call(policy().limits(new CountingLimits(0, Duration.ofSeconds(Long.MAX_VALUE)))
                .build(), script);

        assertThat(value).isEqualTo("ok");
        assertThat(harness.time.waits()).isEqualTo(durations(1, 2, 4));
    }

    @Test
    void aNegativeMaxTriesFailsBeforeAnyAttempt() {
        Scripted script = Scripted.of("ok");

        Throwable thrown = harness.failure(policy().limits(new CountingLimits(-1, Duration.ZERO)).build(), script);

        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining("maxTries()")
                .hasMessageContaining("-1");
        assertThat(script.attempts()).isZero();
    }

    @Test
    void aNegativeMaxTimeFailsBeforeAnyAttempt() {
        Scripted script = Scripted.of("ok");

        Throwable thrown = harness.failure(policy().limits(new CountingLimits(0, Duration.ofSeconds(-1))).build(),
                script);

        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining("maxTime()");
        assertThat(script.attempts()).isZero();
    }

    @Test
    void aNullMaxTimeFailsBeforeAnyAttempt() {
        Scripted script = Scripted.of("ok");

        Throwable thrown = harness.failure(policy().limits(new CountingLimits(0, null)).build(), script);

        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining("maxTime()")
                .hasMessageContaining("null");
        assertThat(script.attempts()).isZero();
    }
}
