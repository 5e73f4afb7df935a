package dev.backoff.demo;

import dev.backoff.demo.context.ContextProbeResource.Report;
import dev.backoff.demo.timeline.RunTraces;
import dev.backoff.demo.timeline.RunTraces.EventView;
import dev.backoff.demo.timeline.RunTraces.SpanView;
import dev.backoff.demo.timeline.Timeline;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.backoff.demo.ProbeRequests.get;
import static dev.backoff.demo.Runs.run;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC 4.4 on Quarkus, with {@code quarkus-opentelemetry}'s own SDK: the retries of a call are events on the span of
 * the REST request that made it, whether the call is sync, async on a worker, or async on the request's event loop;
 * the demo keeps each run's trace ({@link RunTraces}) and answers it at {@code /api/runs/<run>/trace}.
 */
@QuarkusTest
class TracingTest {

    @Inject
    RunTraces traces;

    @Test
    void aRunsRetriesAreEventsOnItsRequestsSpanAndItsAttemptsSpansAreInItsTrace() {
        Timeline.View view = run("basic-api", 2);

        List<SpanView> trace = trace(view.run());
        SpanView request = root(trace);
        assertThat(request.name()).isEqualTo("POST /api/scenarios/{id}/run");
        assertThat(request.events()).extracting(EventView::name)
                .containsExactly("backoff.retry", "backoff.retry", "backoff.success");
        assertThat(request.events().get(0).attributes()).containsEntry("backoff.policy", "fetch-data")
                .containsEntry("backoff.try", "1").containsEntry("backoff.server_directed", "false")
                .containsKeys("backoff.wait_ms", "exception.type", "exception.message");
        assertThat(request.events().get(2).attributes()).containsEntry("backoff.tries", "3");
        assertThat(request.attributes()).as("attributes of the library's on the request's span")
                .doesNotContainKeys("backoff.policy", "backoff.tries");
        assertThat(trace).filteredOn(span -> span.kind().equals("CLIENT")).as("the REST client's call of each attempt")
                .hasSize(3);
    }

    @Test
    void anAsyncRunOnAWorkerRecordsOnItsRequestsSpan() {
        Timeline.View view = run("async-http", 2);

        assertThat(root(trace(view.run())).events()).extracting(EventView::name)
                .containsExactly("backoff.retry", "backoff.retry", "backoff.success");
    }

    @Test
    void aRunThatSucceedsAtOnceRecordsNoEvent() {
        Timeline.View view = run("basic-api", 0);

        assertThat(root(trace(view.run())).events()).isEmpty();
    }

    @Test
    void anAsyncCallOnTheRequestsEventLoopRecordsOnItsSpan() throws InterruptedException {
        Report report = get("stage", "traced-1");

        List<SpanView> trace = traces.trace(report.traceId(), Duration.ofSeconds(10));
        assertThat(root(trace).events()).extracting(EventView::name)
                .containsExactly("backoff.retry", "backoff.retry", "backoff.success");
        assertThat(root(trace).events().get(0).attributes()).containsEntry("backoff.policy",
                "dev.backoff.demo.context.ContextProbe.stage").containsEntry("exception.message", "not yet, traced-1");
    }

    @Test
    void theTraceOfARunThatIsNotKeptIsNotFound() {
        given().get("/api/runs/{run}/trace", "no-such-run").then().statusCode(404);
    }

    private static List<SpanView> trace(String run) {
        return given().get("/api/runs/{run}/trace", run).then().statusCode(200).extract()
                .as(new TypeRef<List<SpanView>>() {
                });
    }

    /** The request's span: the one without a parent. */
    private static SpanView root(List<SpanView> trace) {
        assertThat(trace).filteredOn(span -> span.parentSpanId() == null).as("root spans of %s", trace).hasSize(1);
        return trace.stream().filter(span -> span.parentSpanId() == null).findFirst().orElseThrow();
    }
}
