package dev.backoff.demo;

import dev.backoff.demo.timeline.Timeline;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static dev.backoff.demo.Runs.assertLane;
import static dev.backoff.demo.Runs.run;
import static dev.backoff.demo.Runs.upstreamCalls;
import static dev.backoff.demo.Runs.waits;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed's polling examples: a job that completes after some polls, a resource that appears, a queue that fills. */
@QuarkusTest
@TestProfile(VirtualTimeProfile.class)
class PollingScenariosTest {

    @Test
    void pollsTheJobUntilItIsComplete() {
        Timeline.View view = run("job-polling", 4);
        assertThat(view.outcome()).isEqualTo("success");
        assertThat(view.result()).contains("status=complete", "polls=4");
        assertLane(view, "wait-for-job", 4, "success");
        assertThat(waits(view, "wait-for-job")).hasSize(3).allSatisfy(w -> assertThat(w).isBetween(0.0, 200.0));
        assertThat(Runs.lane(view, "wait-for-job").get(0).detail()).contains("status=running");
    }

    @Test
    void waitsForTheResourceWithFibonacciWaits() {
        Timeline.View view = run("resource-wait", 4);
        assertThat(view.outcome()).isEqualTo("success");
        assertThat(view.result()).contains("ready=true");
        assertLane(view, "wait-for-resource", 4, "success");
        // fibo: 1, 1, 2 seconds (max_value=2), full jitter
        var waits = waits(view, "wait-for-resource");
        assertThat(waits.get(0)).isBetween(0.0, 1000.0);
        assertThat(waits.get(1)).isBetween(0.0, 1000.0);
        assertThat(waits.get(2)).isBetween(0.0, 2000.0);
        assertThat(Runs.lane(view, "wait-for-resource").get(0).detail()).isEqualTo("null"); // a 404 is None
    }

    @Test
    void pollsTheQueueEvery250MsUntilItFills() {
        Timeline.View view = run("queue-polling", 4);
        assertThat(view.outcome()).isEqualTo("success");
        assertThat(view.result()).contains(view.run() + ":order-1", view.run() + ":order-2");
        assertLane(view, "poll-queue", 4, "success");
        assertThat(waits(view, "poll-queue")).containsExactly(250.0, 250.0, 250.0); // jitter=None
        assertThat(Runs.lane(view, "poll-queue").get(0).detail()).isEqualTo("[]");
        assertThat(upstreamCalls("queue", view.run())).isEqualTo(4);
    }
}
