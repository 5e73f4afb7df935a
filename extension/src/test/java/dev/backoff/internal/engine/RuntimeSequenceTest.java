package dev.backoff.internal.engine;

import dev.backoff.WaitFunction;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.backoff.internal.engine.PolicyFixture.policy;
import static dev.backoff.internal.engine.PolicyFixture.seconds;
import static org.assertj.core.api.Assertions.assertThat;

/** RUNTIME: each wait is {@code waitFrom} of the failed attempt's outcome (reference 5.4, WaitFunction javadoc). */
class RuntimeSequenceTest {

    @Test
    void theOutcomeIsPassedToTheWaitFunction() {
        List<Object> seen = new ArrayList<>();
        IOException first = new IOException("retry after 3");
        Waits waits = policy().waitFrom(outcome -> {
            seen.add(outcome);
            return Duration.ofSeconds(seen.size() * 3L);
        }).waits();

        assertThat(waits.next(first)).isEqualTo(3e9);
        assertThat(waits.next("a value")).isEqualTo(6e9);
        assertThat(waits.next(null)).isEqualTo(9e9);
        assertThat(seen).containsExactly(first, "a value", null);
    }

    @Test
    void nullGivesUp() {
        assertThat(policy().waitFrom(outcome -> null).sequence(1)).containsExactly(Waits.GIVE_UP);
    }

    @Test
    void negativeCountsAsZero() {
        assertThat(policy().waitFrom(outcome -> Duration.ofMillis(-1500)).sequence(1)).isEqualTo(seconds(0));
    }

    @Test
    void nanosecondsAreKept() {
        WaitFunction retryAfter = outcome -> Duration.ofSeconds(2, 123_456_789);
        assertThat(policy().waitFrom(retryAfter).sequence(1)).containsExactly(2_123_456_789.0);
    }

    @Test
    void theUnitDoesNotScaleADuration() {
        assertThat(policy().unitNanos(1e6).waitFrom(outcome -> Duration.ofSeconds(1)).sequence(1))
                .containsExactly(1e9);
    }
}
