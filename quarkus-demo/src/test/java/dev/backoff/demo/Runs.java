package dev.backoff.demo;

import dev.backoff.demo.timeline.Timeline;
import io.restassured.http.ContentType;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Runs scenarios through the demo's HTTP API, as the page does, and reads their timelines. */
final class Runs {

    private Runs() {
    }

    static Timeline.View run(String scenario) {
        return given().accept(ContentType.JSON).post("/api/scenarios/{id}/run", scenario)
                .then().statusCode(200).extract().as(Timeline.View.class);
    }

    static Timeline.View run(String scenario, int n) {
        return given().accept(ContentType.JSON).queryParam("n", n).post("/api/scenarios/{id}/run", scenario)
                .then().statusCode(200).extract().as(Timeline.View.class);
    }

    /** The marks of one lane (a policy layer), in order. */
    static List<Timeline.Mark> lane(Timeline.View view, String layer) {
        return view.marks().stream().filter(m -> m.layer().equals(layer)).toList();
    }

    /** The waits of a lane, in milliseconds. */
    static List<Double> waits(Timeline.View view, String layer) {
        return lane(view, layer).stream().filter(m -> m.kind().equals("backoff")).map(Timeline.Mark::waitMs).toList();
    }

    /** How many calls an upstream service got for a run. */
    static int upstreamCalls(String service, String run) {
        return given().get("/upstream/calls/{service}/{run}", service, run).then().statusCode(200)
                .extract().as(Integer.class);
    }

    /**
     * Asserts a lane of {@code tries} attempts: {@code tries - 1} backoffs then {@code last} ({@code success} or
     * {@code giveup}), numbered 1.., each attempt starting when the previous wait ended (virtual time: attempts
     * take no time, so each mark is at the sum of the waits before it).
     */
    static void assertLane(Timeline.View view, String layer, int tries, String last) {
        List<Timeline.Mark> marks = lane(view, layer);
        assertThat(marks).as("marks of %s in %s", layer, view).hasSize(tries);
        double at = 0;
        for (int i = 0; i < tries; i++) {
            Timeline.Mark mark = marks.get(i);
            assertThat(mark.tries()).isEqualTo(i + 1);
            assertThat(mark.kind()).isEqualTo(i < tries - 1 ? "backoff" : last);
            assertThat(mark.startMs()).as("start of try %d", i + 1).isCloseTo(at, within(1e-6));
            assertThat(mark.atMs()).as("virtual time of try %d", i + 1).isCloseTo(at, within(1e-6));
            at += mark.waitMs();
        }
    }

    /** Asserts full jitter of an exponential sequence: wait k in [0, factor * base^k]. */
    static void assertFullJitterExpo(List<Double> waits, double factorMs, double base) {
        for (int k = 0; k < waits.size(); k++) {
            assertThat(waits.get(k)).as("wait %d", k + 1).isBetween(0.0, factorMs * Math.pow(base, k));
        }
    }
}
