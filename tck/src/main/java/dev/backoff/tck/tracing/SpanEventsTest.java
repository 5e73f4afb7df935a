package dev.backoff.tck.tracing;

import dev.backoff.tck.Deployed;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import dev.backoff.testing.VirtualTime;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC 4.4: with the OpenTelemetry API on the class path, each backoff, the give-up and a success after retries are
 * events on the span current when the call started, for sync and async calls alike; a first-attempt success records
 * nothing.
 */
@Spec("4.4")
class SpanEventsTest {

    @Test
    void eachBackoffAndTheLateSuccessAreEventsOnTheCallersSpan() throws IOException {
        try (Deployed deployed = Tck.start(Quotes.class, Telemetry.class)) {
            Quotes quotes = deployed.get(Quotes.class);
            quotes.failFirst(2);
            Span caller = callerSpan(deployed);

            try (Scope ignored = caller.makeCurrent()) {
                assertThat(quotes.fetch()).isEqualTo("ok");
            }
            caller.end();

            SpanData span = only(deployed);
            assertThat(span.getAttributes().isEmpty()).as("attributes on the caller's span").isTrue();
            assertThat(span.getEvents()).extracting(EventData::getName)
                    .containsExactly("backoff.retry", "backoff.retry", "backoff.success");
            assertThat(span.getEvents().get(0).getAttributes()).isEqualTo(Attributes.builder()
                    .put("backoff.policy", "quotes").put("backoff.try", 1L).put("backoff.wait_ms", 1000.0)
                    .put("backoff.server_directed", false).put("exception.type", IOException.class.getName())
                    .put("exception.message", "refused 1").build());
            assertThat(span.getEvents().get(1).getAttributes().get(AttributeKey.doubleKey("backoff.wait_ms")))
                    .isEqualTo(2000.0);
            assertThat(span.getEvents().get(2).getAttributes()).isEqualTo(Attributes.builder()
                    .put("backoff.policy", "quotes").put("backoff.tries", 3L).build());
        }
    }

    @Test
    void aGiveUpIsAnEventWithTheTriesAndTheReason() {
        try (Deployed deployed = Tck.start(Quotes.class, Telemetry.class)) {
            Quotes quotes = deployed.get(Quotes.class);
            quotes.failFirst(9);
            Span caller = callerSpan(deployed);

            try (Scope ignored = caller.makeCurrent()) {
                assertThatThrownBy(quotes::fetch).hasMessage("refused 3");
            }
            caller.end();

            List<EventData> events = only(deployed).getEvents();
            assertThat(events).extracting(EventData::getName)
                    .containsExactly("backoff.retry", "backoff.retry", "backoff.giveup");
            assertThat(events.get(2).getAttributes()).isEqualTo(Attributes.builder().put("backoff.policy", "quotes")
                    .put("backoff.tries", 3L).put("backoff.reason", "MAX_TRIES").build());
        }
    }

    @Test
    void aFirstAttemptSuccessRecordsNothing() throws IOException {
        try (Deployed deployed = Tck.start(Quotes.class, Telemetry.class)) {
            Span caller = callerSpan(deployed);

            try (Scope ignored = caller.makeCurrent()) {
                assertThat(deployed.get(Quotes.class).fetch()).isEqualTo("ok");
            }
            caller.end();

            assertThat(only(deployed).getEvents()).isEmpty();
        }
    }

    @Test
    @Spec({"4.4", "3.1"})
    void anAsyncRetryOnAnotherThreadRecordsOnTheSpanCurrentWhenTheCallStarted() throws Exception {
        try (Deployed deployed = Tck.start(Quotes.class, Telemetry.class)) {
            Quotes quotes = deployed.get(Quotes.class);
            VirtualTime time = deployed.get(VirtualTime.class);
            time.holdScheduledTasks();
            quotes.failFirst(1);
            Span caller = callerSpan(deployed);

            CompletableFuture<String> result;
            try (Scope ignored = caller.makeCurrent()) {
                result = quotes.fetchLater().toCompletableFuture();
            }
            Thread other = new Thread(() -> time.advance(Duration.ofSeconds(1)), "another thread");
            other.start();
            other.join();
            caller.end();

            assertThat(result).isCompletedWithValue("ok");
            assertThat(quotes.threads()).containsExactly(Thread.currentThread(), other);
            List<EventData> events = only(deployed).getEvents();
            assertThat(events).extracting(EventData::getName).containsExactly("backoff.retry", "backoff.success");
            assertThat(events.get(0).getAttributes().get(AttributeKey.stringKey("backoff.policy")))
                    .isEqualTo("later");
        }
    }

    /** A span of the application's own, recording: the span current when the calls start. */
    static Span callerSpan(Deployed deployed) {
        return deployed.get(OpenTelemetry.class).getTracer("tck").spanBuilder("caller").startSpan();
    }

    /** The one span ended: the caller's. */
    private static SpanData only(Deployed deployed) {
        List<SpanData> spans = deployed.get(InMemorySpanExporter.class).getFinishedSpanItems();
        assertThat(spans).extracting(SpanData::getName).containsExactly("caller");
        return spans.get(0);
    }
}
