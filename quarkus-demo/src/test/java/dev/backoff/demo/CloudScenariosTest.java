package dev.backoff.demo;

import dev.backoff.demo.timeline.Timeline;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static dev.backoff.demo.Runs.assertFullJitterExpo;
import static dev.backoff.demo.Runs.assertLane;
import static dev.backoff.demo.Runs.run;
import static dev.backoff.demo.Runs.upstreamCalls;
import static dev.backoff.demo.Runs.waits;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed's cloud examples against the demo's throttling store. */
@QuarkusTest
@TestProfile(VirtualTimeProfile.class)
class CloudScenariosTest {

    @Test
    void uploadIsRetriedWhileTheStoreSaysSlowDown() {
        Timeline.View view = run("s3-upload", 2);
        assertThat(view.outcome()).isEqualTo("success");
        assertThat(view.result()).contains("\"stored\":\"report.json\"");
        assertLane(view, "upload", 3, "success");
        assertThat(Runs.lane(view, "upload").get(0).detail()).contains("503 SlowDown");
        assertFullJitterExpo(waits(view, "upload"), 100, 2);
    }

    @Test
    void uploadGivesUpAtOnceOnAccessDenied() {
        Timeline.View view = run("s3-upload", 0);
        assertThat(view.outcome()).isEqualTo("gave up");
        assertThat(view.result()).contains("403 AccessDenied");
        assertLane(view, "upload", 1, "giveup");
        assertThat(upstreamCalls("store", view.run())).isEqualTo(1);
    }

    @Test
    void uploadGivesUpAfterFiveThrottledTries() {
        Timeline.View view = run("s3-upload", 9);
        assertThat(view.outcome()).isEqualTo("gave up");
        assertLane(view, "upload", 5, "giveup");
    }

    @Test
    void tableWriteIsRetriedWhileThroughputIsExceeded() {
        Timeline.View view = run("dynamodb-write", 3);
        assertThat(view.outcome()).isEqualTo("success");
        assertLane(view, "put-item", 4, "success");
        assertThat(Runs.lane(view, "put-item").get(0).detail())
                .contains("400 ProvisionedThroughputExceededException");
        assertFullJitterExpo(waits(view, "put-item"), 100, 2);
    }
}
