package dev.backoff.demo;

import dev.backoff.demo.context.ContextProbe;
import dev.backoff.demo.context.ContextProbeResource.Report;
import dev.backoff.demo.timeline.RunTraces;
import dev.backoff.demo.timeline.RunTraces.EventView;
import dev.backoff.demo.timeline.RunTraces.SpanView;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.backoff.demo.ProbeRequests.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * SPEC 4.5 on Quarkus: with {@code tracing=spans} for one method, an async call that a reactive request starts is a
 * span {@code backoff.call} under the request's, from Quarkus' own {@code OpenTelemetry} bean, with a child per attempt
 * (the later ones on the request's event loop); the request's span gets no event.
 */
@QuarkusTest
@TestProfile(TracingSpansTest.Spans.class)
class TracingSpansTest {

    @Inject
    RunTraces traces;

    @Test
    void anAsyncCallsAttemptsAreChildrenOfItsSpanUnderTheRequestsSpan() throws InterruptedException {
        Report report = get("stage", "spans-1");

        List<SpanView> trace = traces.trace(report.traceId(), Duration.ofSeconds(10));
        SpanView request = trace.stream().filter(span -> span.parentSpanId() == null).findFirst().orElseThrow();
        List<SpanView> calls = trace.stream().filter(span -> span.name().equals("backoff.call")).toList();
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.parentSpanId()).isEqualTo(request.spanId());
            assertThat(call.attributes()).containsEntry("backoff.tries", "3");
            assertThat(call.events()).extracting(EventView::name)
                    .containsExactly("backoff.retry", "backoff.retry", "backoff.success");
        });
        assertThat(trace).filteredOn(span -> span.name().equals("backoff.attempt"))
                .extracting(SpanView::parentSpanId, SpanView::status).containsExactly(
                        tuple(calls.get(0).spanId(), "ERROR"),
                        tuple(calls.get(0).spanId(), "ERROR"),
                        tuple(calls.get(0).spanId(), "UNSET"));
        assertThat(request.events()).isEmpty();
    }

    /** {@code tracing=spans} for {@link ContextProbe#stage} only. */
    public static class Spans implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(ContextProbe.class.getName() + "/stage/Backoff/tracing", "spans");
        }
    }
}
