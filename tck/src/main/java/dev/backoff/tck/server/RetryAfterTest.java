package dev.backoff.tck.server;

import dev.backoff.RetryAfter;
import dev.backoff.tck.Spec;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 9.2: what {@code RetryAfter} reads, on the container's class path. */
@Spec("9.2")
class RetryAfterTest {

    private static final Instant NOW = Instant.parse("1994-11-06T08:49:07Z");

    @Test
    void deltaSeconds() {
        assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofMinutes(2));
    }

    @Test
    void theThreeHttpDateFormatsOfRfc9110() {
        Optional<Duration> later = Optional.of(Duration.ofSeconds(30));

        assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", NOW)).isEqualTo(later);
        assertThat(RetryAfter.parse("Sunday, 06-Nov-94 08:49:37 GMT", NOW)).isEqualTo(later);
        assertThat(RetryAfter.parse("Sun Nov  6 08:49:37 1994", NOW)).isEqualTo(later);
    }

    @Test
    void aDateInThePastIsNoWait() {
        assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void anythingElseIsNothing() {
        assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("", NOW)).isEmpty();
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    }

    @Test
    void aResetAboveOneBillionIsAnEpochSecond() {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");

        assertThat(RetryAfter.parseReset("60", now)).contains(Duration.ofMinutes(1));
        assertThat(RetryAfter.parseReset(String.valueOf(now.getEpochSecond() + 90), now))
                .contains(Duration.ofSeconds(90));
    }
}
