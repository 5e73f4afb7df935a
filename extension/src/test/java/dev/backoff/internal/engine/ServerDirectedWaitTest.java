package dev.backoff.internal.engine;

import dev.backoff.ServerDelay;
import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.GiveupReason;
import dev.backoff.internal.http.FakeHttpResponse;
import dev.backoff.internal.policy.Policy;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;

import static dev.backoff.internal.engine.Policies.policy;
import static dev.backoff.internal.policy.Members.MAX_SERVER_DELAY;
import static dev.backoff.internal.policy.Members.MAX_TIME;
import static dev.backoff.internal.policy.Members.MAX_TRIES;
import static dev.backoff.internal.policy.Members.MAX_VALUE;
import static dev.backoff.internal.policy.Members.RETRY_AFTER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC 9.3-9.5: a failed attempt that carries a server delay waits that delay, plus up to 10% (at most a second), within
 * its bound, or gives up; the strategy's sequence advances all the same.
 */
class ServerDirectedWaitTest {

    private final Harness harness = new Harness();
    private final Journal journal = new Journal();

    /** An exception that says how long the server asked to wait. */
    static final class Throttled extends IOException implements ServerDelay {
        private final Duration delay;

        Throttled(Duration delay) {
            super("throttled for " + delay);
            this.delay = delay;
        }

        @Override
        public Optional<Duration> serverDelay() {
            return Optional.of(delay);
        }
    }

    @RepeatedTest(20)
    void theWaitIsTheDelayPlusAtMostTenPercent() throws Exception {
        Scripted script = Scripted.of(new Throttled(Duration.ofSeconds(2)), "ok");

        assertThat(harness.call(policy().build(), script)).isEqualTo("ok");

        assertThat(harness.time.waits()).singleElement()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ofSeconds(2), Duration.ofMillis(2200)));
    }

    @RepeatedTest(20)
    void theExtraIsAtMostOneSecond() throws Exception {
        Scripted script = Scripted.of(new Throttled(Duration.ofSeconds(60)), "ok");

        harness.call(policy().build(), script);

        assertThat(harness.time.waits()).singleElement()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(61)));
    }

    @Test
    void theExtraIsRandom() throws Exception {
        for (int i = 0; i < 20; i++) {
            harness.call(policy().build(), Scripted.of(new Throttled(Duration.ofSeconds(10)), "ok"));
        }

        assertThat(harness.time.waits().stream().distinct()).as("20 draws from a second's nanoseconds").hasSize(20);
    }

    @Test
    void theStrategyAdvancesThroughAServerDirectedWait() throws Exception {
        Scripted script = Scripted.of(new Throttled(Duration.ofSeconds(30)), new IOException("plain"),
                new IOException("plain"), "ok");

        harness.call(policy().listeners(journal.listener("l")).build(), script);

        assertThat(harness.time.waits().get(1)).as("EXPO's second wait").isEqualTo(Duration.ofSeconds(2));
        assertThat(harness.time.waits().get(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(journal.events("l", BackoffEvent.class)).extracting(BackoffEvent::serverDirected)
                .containsExactly(true, false, false);
    }

    @Test
    void maxValueCapsTheStrategyNotTheServer() throws Exception {
        harness.call(policy().time(MAX_VALUE, 1).build(), Scripted.of(new Throttled(Duration.ofSeconds(30)), "ok"));

        assertThat(harness.time.waits().get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aDelayLongerThanMaxServerDelayGivesUpAtOnce() {
        Throttled aDay = new Throttled(Duration.ofDays(1));

        Throwable thrown = harness.failure(policy().listeners(journal.listener("l")).build(), Scripted.of(aDay, "ok"));

        assertThat(thrown).isSameAs(aDay);
        assertThat(harness.time.waits()).isEmpty();
        assertThat(journal.events("l", GiveupEvent.class)).singleElement()
                .extracting(GiveupEvent::reason).isEqualTo(GiveupReason.SERVER_DELAY_TOO_LONG);
    }

    @Test
    void maxServerDelayIsTheLongestDelayWaitedFor() throws Exception {
        Policy policy = policy().time(MAX_SERVER_DELAY, 10).build();

        assertThat(harness.call(policy, Scripted.of(new Throttled(Duration.ofSeconds(10)), "ok"))).isEqualTo("ok");
        assertThat(harness.time.waits()).containsExactly(Duration.ofSeconds(10)).as("cut to the bound");
        assertThat(harness.failure(policy, Scripted.of(new Throttled(Duration.ofMillis(10_001)), "ok")))
                .isInstanceOf(Throttled.class);
    }

    @Test
    void withMaxTimeTheTimeLeftIsTheBoundInstead() throws Exception {
        Policy policy = policy().time(MAX_TIME, 60).time(MAX_SERVER_DELAY, 1).build();
        Scripted script = Scripted.of(new Throttled(Duration.ofSeconds(40)), new Throttled(Duration.ofSeconds(21)),
                "ok");

        Throwable thrown = harness.failure(policy, script);

        assertThat(thrown).isSameAs(script.outcome(2)).as("40 s fit the 60 s; then 21 s do not fit the 20 s left");
        assertThat(harness.time.waits()).singleElement()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ofSeconds(40), Duration.ofSeconds(41)));
    }

    @Test
    void retryAfterFalseWaitsAsTheStrategySays() throws Exception {
        harness.call(policy().set(RETRY_AFTER, false).build(), Scripted.of(new Throttled(Duration.ofDays(1)), "ok"));

        assertThat(harness.time.waits()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void withRuntimeTheWaitFunctionDecides() throws Exception {
        harness.call(policy().waitFrom(outcome -> Duration.ofMillis(5)).build(),
                Scripted.of(new Throttled(Duration.ofDays(1)), "ok"));

        assertThat(harness.time.waits()).containsExactly(Duration.ofMillis(5));
    }

    @Test
    void aDelayInACauseCounts() throws Exception {
        Scripted script = Scripted.of(new IllegalStateException("wrapped", new Throttled(Duration.ofSeconds(7))), "ok");

        harness.call(policy().build(), script);

        assertThat(harness.time.waits().get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void aRetriedResponseIsClosedAfterTheListenersSawItAndTheLastIsNot() throws Exception {
        ClosingBody first = new ClosingBody();
        ClosingBody last = new ClosingBody();
        FakeHttpResponse<InputStream> retried = FakeHttpResponse.of(first, "Retry-After", "3");
        FakeHttpResponse<InputStream> returned = FakeHttpResponse.of(last, "Retry-After", "3");
        boolean[] openWhenHeard = new boolean[1];
        Policy policy = policy().set(MAX_TRIES, 2).retryIf(v -> v instanceof FakeHttpResponse<?>)
                .listeners(new dev.backoff.BackoffListener() {
                    @Override
                    public void onBackoff(BackoffEvent event) {
                        openWhenHeard[0] = !first.closed;
                    }
                }).build();

        assertThat(harness.call(policy, Scripted.of(retried, returned))).isSameAs(returned);

        assertThat(openWhenHeard[0]).isTrue();
        assertThat(first.closed).isTrue();
        assertThat(last.closed).isFalse();
        assertThat(harness.time.waits().get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    }

    /** A response body that remembers being closed. */
    static final class ClosingBody extends ByteArrayInputStream {
        boolean closed;

        ClosingBody() {
            super(new byte[0]);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
