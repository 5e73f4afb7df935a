package dev.backoff.internal.engine;

import java.time.temporal.ChronoUnit;
import dev.backoff.WaitFunction;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.backoff.internal.policy.Members.UNIT;
import static dev.backoff.internal.engine.Policies.policy;
import static dev.backoff.internal.engine.Policies.waits;
import static dev.backoff.internal.engine.Policies.sequence;
import static dev.backoff.internal.engine.Policies.seconds;
import static org.assertj.core.api.Assertions.assertThat;

/** RUNTIME: each wait is {@code waitFrom} of the failed attempt's outcome (reference 5.4, WaitFunction javadoc). */
class RuntimeSequenceTest {

    @Test
    void theOutcomeIsPassedToTheWaitFunction() {
        List<Object> seen = new ArrayList<>();
        IOException first = new IOException("retry after 3");
        Waits waits = waits(policy().waitFrom(outcome -> {
            seen.add(outcome);
            return Duration.ofSeconds(seen.size() * 3L);
        }));

        assertThat(waits.next(first)).isEqualTo(3e9);
        assertThat(waits.next("a value")).isEqualTo(6e9);
        assertThat(waits.next(null)).isEqualTo(9e9);
        assertThat(seen).containsExactly(first, "a value", null);
    }

    @Test
    void nullGivesUp() {
        assertThat(sequence(policy().waitFrom(outcome -> null), 1)).containsExactly(Waits.USED_UP);
    }

    @Test
    void negativeCountsAsZero() {
        assertThat(sequence(policy().waitFrom(outcome -> Duration.ofMillis(-1500)), 1)).isEqualTo(seconds(0));
    }

    @Test
    void nanosecondsAreKept() {
        WaitFunction retryAfter = outcome -> Duration.ofSeconds(2, 123_456_789);
        assertThat(sequence(policy().waitFrom(retryAfter), 1)).containsExactly(2_123_456_789.0);
    }

    @Test
    void theUnitDoesNotScaleADuration() {
        assertThat(sequence(policy().set(UNIT, ChronoUnit.MILLIS).waitFrom(outcome -> Duration.ofSeconds(1)), 1))
                .containsExactly(1e9);
    }
}
