package dev.backoff.tck.tracing;

import dev.backoff.tck.Deployed;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import dev.backoff.tck.TckConfig;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC 4.5: the config-only key {@code tracing}, at every level: {@code off} records nothing; {@code spans} makes a
 * span {@code backoff.call} per call, child of the current one, with a child {@code backoff.attempt} per attempt, from
 * the application's {@code OpenTelemetry} bean; a mode that does not exist fails the deployment.
 */
@Spec({"4.5", "5.1"})
class TracingKeyTest {

    private static final String TARGET = Quotes.class.getName();
    private static final AttributeKey<Long> TRIES = AttributeKey.longKey("backoff.tries");

    @Test
    void offRecordsNothing() throws IOException {
        TckConfig.set("Backoff/tracing", "off");
        try (Deployed deployed = Tck.start(Quotes.class, Telemetry.class)) {
            Quotes quotes = deployed.get(Quotes.class);
            quotes.failFirst(1);
            Span caller = SpanEventsTest.callerSpan(deployed);

            try (Scope ignored = caller.makeCurrent()) {
                assertThat(quotes.fetch()).isEqualTo("ok");
            }
            caller.end();

            assertThat(deployed.get(InMemorySpanExporter.class).getFinishedSpanItems()).singleElement()
                    .satisfies(span -> assertThat(span.getEvents()).isEmpty());
        }
    }

    @Test
    void spansAtASiteMakeASpanPerCallAndAChildPerAttempt() throws IOException {
        TckConfig.set(TARGET + "/fetch/Backoff/tracing", "SPANS");
        try (Deployed deployed = Tck.start(Quotes.class, Telemetry.class)) {
            Quotes quotes = deployed.get(Quotes.class);
            quotes.failFirst(1);
            InMemorySpanExporter exporter = deployed.get(InMemorySpanExporter.class);
            Span caller = SpanEventsTest.callerSpan(deployed);

            try (Scope ignored = caller.makeCurrent()) {
                assertThat(quotes.fetch()).isEqualTo("ok");
            }
            caller.end();

            SpanData call = Telemetry.spans(exporter, "backoff.call").get(0);
            assertThat(call.getParentSpanId()).isEqualTo(caller.getSpanContext().getSpanId());
            assertThat(call.getAttributes().get(TRIES)).isEqualTo(2L);
            assertThat(call.getEvents()).extracting(EventData::getName)
                    .containsExactly("backoff.retry", "backoff.success");
            List<SpanData> attempts = Telemetry.spans(exporter, "backoff.attempt");
            assertThat(attempts).extracting(SpanData::getParentSpanId).containsExactly(call.getSpanId(),
                    call.getSpanId());
            assertThat(attempts).extracting(a -> a.getStatus().getStatusCode())
                    .containsExactly(StatusCode.ERROR, StatusCode.UNSET);
            assertThat(Telemetry.spans(exporter, "caller").get(0).getEvents()).as("events on the caller's span")
                    .isEmpty();
        }
    }

    @Test
    void withSpansAFirstAttemptSuccessRecordsItsSpansAndAGiveUpIsAnError() throws IOException {
        TckConfig.set("Backoff/quotes/tracing", "spans");
        try (Deployed deployed = Tck.start(Quotes.class, Telemetry.class)) {
            Quotes quotes = deployed.get(Quotes.class);
            InMemorySpanExporter exporter = deployed.get(InMemorySpanExporter.class);

            assertThat(quotes.fetch()).isEqualTo("ok");
            assertThat(exporter.getFinishedSpanItems()).extracting(SpanData::getName)
                    .containsExactly("backoff.attempt", "backoff.call");
            exporter.reset();

            quotes.failFirst(9);
            assertThatThrownBy(quotes::fetch).isInstanceOf(IOException.class);
            SpanData call = Telemetry.spans(exporter, "backoff.call").get(0);
            assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
            assertThat(call.getStatus().getDescription()).isEqualTo("gave up: MAX_TRIES");
            assertThat(call.getAttributes().get(TRIES)).isEqualTo(3L);
        }
    }

    @Test
    @Spec({"4.5", "6"})
    void aModeThatDoesNotExistFailsTheDeployment() {
        TckConfig.set("Backoff/tracing", "loud");

        assertThat(Tck.deploymentFailure(Quotes.class)).contains("config key Backoff/tracing = \"loud\"",
                "one of [EVENTS, SPANS, OFF] (any case)");
    }
}
