package dev.backoff.demo;

import dev.backoff.demo.timeline.Timeline;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.backoff.demo.Runs.assertFullJitterExpo;
import static dev.backoff.demo.Runs.assertLane;
import static dev.backoff.demo.Runs.run;
import static dev.backoff.demo.Runs.upstreamCalls;
import static dev.backoff.demo.Runs.waits;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed's HTTP/API examples, through the REST client against the demo's upstream services. */
@QuarkusTest
@TestProfile(VirtualTimeProfile.class)
class HttpScenariosTest {

    @Test
    void basicApiRetrySucceedsAfterTheFailures() {
        Timeline.View view = run("basic-api", 3);
        assertThat(view.outcome()).isEqualTo("success");
        assertThat(view.result()).contains("payload of " + view.run());
        assertLane(view, "fetch-data", 4, "success");
        assertFullJitterExpo(waits(view, "fetch-data"), 100, 2);
        assertThat(upstreamCalls("flaky", view.run())).isEqualTo(4);
    }

    @Test
    void basicApiRetryGivesUpAtMaxTimeWithTheLastWaitCutShort() {
        Timeline.View view = run("basic-api", 1000);
        assertThat(view.outcome()).isEqualTo("gave up");
        assertThat(view.result()).contains("503");
        List<Timeline.Mark> marks = Runs.lane(view, "fetch-data");
        Timeline.Mark last = marks.get(marks.size() - 1);
        assertThat(last.kind()).isEqualTo("giveup");
        // max_time = 60 s: the last wait is truncated so that the last try starts exactly at 60 s, and gives up
        assertThat(last.atMs()).isEqualTo(60_000.0);
        assertLane(view, "fetch-data", marks.size(), "giveup");
        assertFullJitterExpo(waits(view, "fetch-data"), 100, 2);
        assertThat(upstreamCalls("flaky", view.run())).isEqualTo(marks.size());
    }

    @Test
    void rateLimitedCallWaitsExactlyWhatRetryAfterSays() {
        Timeline.View view = run("retry-after", 2);
        assertThat(view.outcome()).isEqualTo("success");
        assertThat(view.result()).startsWith("HTTP 200");
        assertLane(view, "rate-limited", 3, "success");
        assertThat(waits(view, "rate-limited")).containsExactly(1000.0, 1000.0); // jitter=None
        assertThat(view.marks().get(0).detail()).contains("HTTP 429", "Retry-After: 1");
    }

    @Test
    void rateLimitedCallGivesUpAfterTenTriesWithTheLast429() {
        Timeline.View view = run("retry-after", 50);
        assertThat(view.outcome()).isEqualTo("gave up");
        assertThat(view.result()).startsWith("HTTP 429"); // a value failure returns the last value
        assertLane(view, "rate-limited", 10, "giveup");
        assertThat(waits(view, "rate-limited")).hasSize(9).containsOnly(1000.0);
        assertThat(upstreamCalls("limited", view.run())).isEqualTo(10);
    }

    @Test
    void conditionalRetryRetries5xxAnd429() {
        Timeline.View view = run("status-codes", 1);
        assertThat(view.outcome()).isEqualTo("success");
        assertLane(view, "resilient", 4, "success");
        assertThat(Runs.lane(view, "resilient")).extracting(Timeline.Mark::detail)
                .satisfiesExactly(d -> assertThat(d).startsWith("HTTP 503"), d -> assertThat(d).startsWith("HTTP 500"),
                        d -> assertThat(d).startsWith("HTTP 429"), d -> assertThat(d).startsWith("HTTP 200"));
        assertFullJitterExpo(waits(view, "resilient"), 100, 2);
    }

    @Test
    void conditionalRetryRaisesA4xxAtOnce() {
        Timeline.View view = run("status-codes", 0);
        assertThat(view.outcome()).isEqualTo("failed");
        assertThat(view.result()).contains("client error", "404");
        // only a predicate is given: an exception is not a failure to retry, so no event tells of the one attempt
        assertLane(view, "resilient", 1, Timeline.UNREPORTED);
        assertThat(view.marks().get(0).detail()).contains("404");
        assertThat(upstreamCalls("status", view.run())).isEqualTo(1);
    }
}
