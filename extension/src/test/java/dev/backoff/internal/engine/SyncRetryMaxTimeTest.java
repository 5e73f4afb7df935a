package dev.backoff.internal.engine;

import dev.backoff.BackoffLimits;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.backoff.internal.policy.Members.MAX_TIME;
import static dev.backoff.internal.policy.Members.MAX_TRIES;
import static dev.backoff.internal.engine.Harness.durations;
import static dev.backoff.internal.engine.Harness.seconds;
import static dev.backoff.internal.engine.Policies.policy;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code maxTime}: checked after a failure against the time taken before that attempt started, and the last wait
 * cut to the time left (SPEC 2.4, 2.5; reference 7.2, 7.3).
 */
class SyncRetryMaxTimeTest {

    private final Harness harness = new Harness();

    @Test
    void pythonExampleWaitsOneTwoFourThenTheTimeLeftAndGivesUpOnTheTryThatStartsLate() {
        // expo, max_time = 10, each call 0.5 s: tries start at 0, 1.5, 4, 8.5, 10.5; waits 1, 2, 4, 1.5
        Scripted script = Scripted.failing(5).taking(harness.time, Duration.ofMillis(500));

        Throwable thrown = harness.failure(policy().time(MAX_TIME, 10).build(), script);

        assertThat(thrown).isSameAs(script.outcome(5));
        assertThat(script.startTimes()).isEqualTo(durations(0, 1.5, 4, 8.5, 10.5));
        assertThat(harness.time.waits()).isEqualTo(durations(1, 2, 4, 1.5));
        assertThat(harness.time.now()).isEqualTo(seconds(11));
    }

    /** The clock does not start at zero: the time limit counts from the call's start, not from the clock's zero. */
    @Test
    void maxTimeCountsFromTheStartOfTheCall() {
        harness.time.advance(Duration.ofSeconds(100));
        Scripted script = Scripted.failing(3);

        harness.failure(policy().time(MAX_TIME, 2.5).build(), script);

        assertThat(harness.time.waits()).isEqualTo(durations(1, 1.5));
    }

    /** The same for a time limit read from {@code limits} at the start of the call. */
    @Test
    void maxTimeFromLimitsCountsFromTheStartOfTheCall() {
        harness.time.advance(Duration.ofSeconds(100));
        Scripted script = Scripted.failing(3);
        BackoffLimits limits = new BackoffLimits() {
            @Override
            public Duration maxTime() {
                return Duration.ofMillis(2500);
            }
        };

        harness.failure(policy().limits(limits).build(), script);

        assertThat(harness.time.waits()).isEqualTo(durations(1, 1.5));
    }

    @Test
    void aTryStartingExactlyAtMaxTimeIsMadeAndItsFailureGivesUp() {
        Scripted script = Scripted.failing(3).taking(harness.time, Duration.ZERO);

        Throwable thrown = harness.failure(policy().time(MAX_TIME, 3).build(), script);

        // try 2 starts at 1: min(2, 3 - 1) = 2; try 3 starts at 3 = maxTime, is made, and its failure gives up
        assertThat(thrown).isSameAs(script.outcome(3));
        assertThat(script.startTimes()).isEqualTo(durations(0, 1, 3));
        assertThat(harness.time.waits()).isEqualTo(durations(1, 2));
    }

    @Test
    void aTryThatStartsBeforeTheDeadlineAndEndsAfterItIsStillFollowedByAWait() {
        Scripted script = Scripted.failing(2).taking(harness.time, Duration.ofSeconds(5));

        harness.failure(policy().time(MAX_TIME, 1).build(), script);

        // try 1 started at 0 < 1: min(1, 1 - 0) = 1 s; try 2 starts at 6 >= 1 and gives up
        assertThat(script.startTimes()).isEqualTo(durations(0, 6));
        assertThat(harness.time.waits()).isEqualTo(durations(1));
    }

    @Test
    void aValueFailureHonoursMaxTimeToo() throws Exception {
        Scripted script = Scripted.of("busy 1", "busy 2", "busy 3").taking(harness.time, Duration.ofMillis(500));

        Object value = harness.call(policy().retryIf(v -> ((String) v).startsWith("busy")).time(MAX_TIME, 2).build(), script);

        // try 2 starts at 1.5: min(2, 2 - 1.5) = 0.5; try 3 starts at 2.5 >= 2 and gives up with its value
        assertThat(value).isEqualTo("busy 3");
        assertThat(script.startTimes()).isEqualTo(durations(0, 1.5, 2.5));
        assertThat(harness.time.waits()).isEqualTo(durations(1, 0.5));
    }

    @Test
    void maxTriesAndMaxTimeAreIndependentAndTheFirstReachedEndsTheCall() {
        Scripted script = Scripted.failing(3);

        harness.failure(policy().set(MAX_TRIES, 3).time(MAX_TIME, 1000).build(), script);

        assertThat(script.attempts()).isEqualTo(3);
    }
}
