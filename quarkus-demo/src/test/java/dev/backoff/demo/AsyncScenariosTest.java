package dev.backoff.demo;

import dev.backoff.demo.timeline.Timeline;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static dev.backoff.demo.Runs.assertFullJitterExpo;
import static dev.backoff.demo.Runs.assertLane;
import static dev.backoff.demo.Runs.lane;
import static dev.backoff.demo.Runs.run;
import static dev.backoff.demo.Runs.upstreamCalls;
import static dev.backoff.demo.Runs.waits;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed's async HTTP examples: a {@code CompletionStage} REST client call, and several {@code Uni} calls. */
@QuarkusTest
@TestProfile(VirtualTimeProfile.class)
class AsyncScenariosTest {

    @Test
    void completionStageCallIsRetried() {
        Timeline.View view = run("async-http", 2);
        assertThat(view.outcome()).isEqualTo("success");
        assertThat(view.result()).contains("payload of " + view.run());
        assertLane(view, "fetch-async", 3, "success");
        assertFullJitterExpo(waits(view, "fetch-async"), 100, 2);
        assertThat(upstreamCalls("flaky", view.run())).isEqualTo(3);
    }

    @Test
    void eachUniTaskHasItsOwnRetries() {
        Timeline.View view = run("async-tasks", 3);
        assertThat(view.outcome()).isEqualTo("success");
        // gather(..., return_exceptions=True): b's exception is a result, a and c succeeded
        assertThat(view.result()).contains("payload of " + view.run() + "-a", "payload of " + view.run() + "-c",
                "503");
        assertThat(lane(view, "fetch-with-retry a")).extracting(Timeline.Mark::kind).containsExactly("backoff",
                "success");
        assertThat(lane(view, "fetch-with-retry b")).extracting(Timeline.Mark::kind).containsExactly("backoff",
                "backoff", "giveup"); // max_tries=3
        assertThat(lane(view, "fetch-with-retry c")).extracting(Timeline.Mark::kind).containsExactly("success");
        assertFullJitterExpo(waits(view, "fetch-with-retry b"), 100, 2);
        assertThat(upstreamCalls("flaky", view.run() + "-b")).isEqualTo(3);
    }
}
