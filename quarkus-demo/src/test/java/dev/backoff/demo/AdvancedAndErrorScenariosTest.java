package dev.backoff.demo;

import dev.backoff.demo.scenario.AdvancedExamples;
import dev.backoff.demo.timeline.Timeline;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.backoff.demo.Runs.assertFullJitterExpo;
import static dev.backoff.demo.Runs.assertLane;
import static dev.backoff.demo.Runs.lane;
import static dev.backoff.demo.Runs.run;
import static dev.backoff.demo.Runs.upstreamCalls;
import static dev.backoff.demo.Runs.waits;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed's advanced patterns and error handling examples. */
@QuarkusTest
@TestProfile(VirtualTimeProfile.class)
class AdvancedAndErrorScenariosTest {

    @Inject
    AdvancedExamples.CircuitBreaker circuitBreaker;

    @Inject
    AdvancedExamples.RetryConfig retryConfig;

    @Test
    void stackedPoliciesEachRetryTheirOwnFailures() {
        Timeline.View view = run("stacked", 1); // slow (a timeout), 503, not ready, ready
        assertThat(view.outcome()).isEqualTo("success");
        assertThat(view.result()).contains("ready=true");
        assertThat(lane(view, "timeouts")).extracting(Timeline.Mark::kind)
                .containsExactly("backoff", "success", "success");
        assertThat(lane(view, "timeouts").get(0).detail()).contains("ProcessingException", "timeout");
        assertThat(lane(view, "http-errors")).extracting(Timeline.Mark::kind)
                .containsExactly("backoff", "success", "success");
        assertThat(lane(view, "http-errors").get(0).detail()).contains("503");
        assertThat(lane(view, "not-ready")).extracting(Timeline.Mark::kind).containsExactly("backoff", "success");
        assertThat(lane(view, "not-ready").get(0).detail()).isEqualTo("null");
        assertThat(waits(view, "timeouts").get(0)).isBetween(0.0, 100.0);
        assertThat(waits(view, "http-errors").get(0)).isBetween(0.0, 100.0);
        assertThat(waits(view, "not-ready").get(0)).isBetween(0.0, 1000.0); // fibo: 1 s, full jitter
        // the outermost layer's events come last
        assertThat(view.marks().get(view.marks().size() - 1).layer()).isEqualTo("not-ready");
        assertThat(upstreamCalls("composite", view.run())).isEqualTo(4);
    }

    @Test
    void stackedPoliciesGiveUpOnAClientError() {
        Timeline.View view = run("stacked", 0);
        assertThat(view.outcome()).isEqualTo("gave up");
        assertThat(view.result()).contains("404");
        assertThat(lane(view, "http-errors")).extracting(Timeline.Mark::kind).containsExactly("giveup");
        assertThat(lane(view, "not-ready")).isEmpty(); // the exception passes through the outer layer
    }

    @Test
    void circuitBreakerGivesUpWhenItOpensAndThenFailsFast() {
        circuitBreaker.reset();
        Timeline.View first = run("circuit-breaker", 9);
        assertThat(first.outcome()).isEqualTo("gave up");
        assertLane(first, "protected", 3, "giveup"); // threshold 3, under max_tries 5
        assertThat(first.log()).containsExactly("circuit: open, 3 failures");

        Timeline.View second = run("circuit-breaker", 9);
        assertThat(second.outcome()).isEqualTo("failed");
        assertThat(second.result()).isEqualTo("IllegalStateException: Circuit breaker is open");
        // one attempt, which threw an exception the policy does not retry: no event, but drawn
        assertLane(second, "protected", 1, Timeline.UNREPORTED);
        assertThat(second.marks().get(0).detail()).isEqualTo(second.result());
        assertThat(upstreamCalls("flaky", second.run())).isZero();
        circuitBreaker.reset();
    }

    @Test
    void dynamicLimitsAreReadAtTheStartOfEveryCall() {
        Timeline.View five = run("dynamic-config", 9);
        assertThat(five.outcome()).isEqualTo("gave up");
        assertLane(five, "configurable", 5, "giveup");
        assertFullJitterExpo(waits(five, "configurable"), 100, 2);
        try {
            retryConfig.set(2, Duration.ofSeconds(60));
            Timeline.View two = run("dynamic-config", 9);
            assertLane(two, "configurable", 2, "giveup");
        } finally {
            retryConfig.set(5, Duration.ofSeconds(60));
        }
    }

    @Test
    void gracefulDegradationReturnsNullAndTheCallerUsesItsCache() {
        Timeline.View view = run("graceful-degradation", 5);
        assertThat(view.outcome()).isEqualTo("gave up");
        assertThat(view.result()).contains("from the cache");
        assertLane(view, "optional", 3, "giveup");
    }

    @Test
    void gracefulDegradationSucceedsWhenTheServiceRecovers() {
        Timeline.View view = run("graceful-degradation", 1);
        assertThat(view.outcome()).isEqualTo("success");
        assertLane(view, "optional", 2, "success");
    }

    @Test
    void customExceptionOnGiveup() {
        Timeline.View view = run("custom-exception", 9);
        assertThat(view.outcome()).isEqualTo("gave up");
        assertThat(view.result()).isEqualTo("RetryExhaustedError: Failed after 5 attempts");
        // the listener raised before the observers heard of the give-up, but every attempt is drawn: four backoffs,
        // then the fifth attempt, which no event told of
        assertLane(view, "critical", 5, Timeline.UNREPORTED);
        assertThat(lane(view, "critical").get(4).detail()).contains("503");
        assertThat(upstreamCalls("flaky", view.run())).isEqualTo(5);
    }
}
