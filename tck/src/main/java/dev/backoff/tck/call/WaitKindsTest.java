package dev.backoff.tck.call;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.config.Failing;
import dev.backoff.testing.VirtualTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC 1 and 2.5, in a container: each jitter kind draws its waits over the whole of its range, and DECAY falls to its
 * floor. 200 waits of a constant 1 s each: every draw is in the range, and a fifth of the range with no draw at all
 * happens once in 10^19 runs, so a jitter that returns the plain wait, or draws from a part of its range, fails here.
 */
@Spec("2.5")
@Deploy({WaitKindsTest.Api.class})
class WaitKindsTest {

    @Inject
    Api api;

    @Inject
    VirtualTime time;

    @Test
    void equalJitterDrawsFromHalfTheWaitToTheWait() {
        assertThatThrownBy(api::equal).isInstanceOf(IOException.class);

        assertThat(time.waits()).hasSize(200).allSatisfy(w -> assertThat(w).isBetween(ofMillis(500), ofSeconds(1)));
        assertThat(min(time.waits())).isLessThan(ofMillis(600));
        assertThat(max(time.waits())).isGreaterThan(ofMillis(900));
    }

    /** RANDOM adds up to one unit: a millisecond here. */
    @Test
    void randomJitterAddsUpToOneUnit() {
        assertThatThrownBy(api::random).isInstanceOf(IOException.class);

        assertThat(time.waits()).hasSize(200)
                .allSatisfy(w -> assertThat(w).isGreaterThanOrEqualTo(ofSeconds(1)).isLessThan(ofMillis(1001)));
        assertThat(min(time.waits())).isLessThan(ofSeconds(1).plusNanos(200_000));
        assertThat(max(time.waits())).isGreaterThan(ofSeconds(1).plusNanos(800_000));
    }

    /**
     * Without a cap, each wait is drawn from [first, 3 * previous]: never below the first value, and 50 draws, each up
     * to three times the one before, go past three times it.
     */
    @Test
    void decorrelatedJitterWithoutACapWandersUpFromTheFirstValue() {
        assertThatThrownBy(api::decorrelated).isInstanceOf(IOException.class);

        assertThat(time.waits()).hasSize(50).allSatisfy(w -> assertThat(w).isGreaterThanOrEqualTo(ofSeconds(1)));
        assertThat(max(time.waits())).isGreaterThan(ofSeconds(3));
    }

    @Test
    void decorrelatedJitterUnderACapStaysUnderItAndReachesIt() {
        assertThatThrownBy(api::decorrelatedCapped).isInstanceOf(IOException.class);

        assertThat(time.waits()).hasSize(200).allSatisfy(w -> assertThat(w).isBetween(ofSeconds(1), ofSeconds(5)));
        assertThat(time.waits()).contains(ofSeconds(5));
    }

    /** 10 s * e^(-n), floored at 1 s: 10, 3.68, 1.35, then the floor (10 / e^3 is 0.5). */
    @Test
    void decayFallsByItsFactorToItsFloor() {
        assertThatThrownBy(api::decay).isInstanceOf(IOException.class);

        List<Duration> waits = time.waits();
        assertThat(waits).hasSize(5);
        assertThat(waits.get(0)).isEqualTo(ofSeconds(10));
        assertThat(waits.get(1)).isBetween(ofMillis(3678), ofMillis(3679));
        assertThat(waits.get(2)).isBetween(ofMillis(1353), ofMillis(1354));
        assertThat(waits.subList(3, 5)).containsExactly(ofSeconds(1), ofSeconds(1));
    }

    private static Duration min(List<Duration> waits) {
        return waits.stream().min(Duration::compareTo).orElseThrow();
    }

    private static Duration max(List<Duration> waits) {
        return waits.stream().max(Duration::compareTo).orElseThrow();
    }

    @ApplicationScoped
    public static class Api extends Failing {
        @Backoff(on = IOException.class, maxTries = 201, strategy = Wait.CONSTANT, interval = 1, jitter = Jitter.EQUAL)
        public void equal() throws IOException {
            throw failure();
        }

        @Backoff(on = IOException.class, maxTries = 201, strategy = Wait.CONSTANT, interval = 1000,
                unit = ChronoUnit.MILLIS, jitter = Jitter.RANDOM)
        public void random() throws IOException {
            throw failure();
        }

        @Backoff(on = IOException.class, maxTries = 51, strategy = Wait.CONSTANT, interval = 1,
                jitter = Jitter.DECORRELATED)
        public void decorrelated() throws IOException {
            throw failure();
        }

        @Backoff(on = IOException.class, maxTries = 201, strategy = Wait.CONSTANT, interval = 1, maxValue = 5,
                jitter = Jitter.DECORRELATED)
        public void decorrelatedCapped() throws IOException {
            throw failure();
        }

        @Backoff(on = IOException.class, maxTries = 6, strategy = Wait.DECAY, initialValue = 10, decayFactor = 1,
                minValue = 1, jitter = Jitter.NONE)
        public void decay() throws IOException {
            throw failure();
        }
    }
}
