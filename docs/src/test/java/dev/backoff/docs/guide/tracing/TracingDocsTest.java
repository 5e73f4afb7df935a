package dev.backoff.docs.guide.tracing;

import dev.backoff.docs.BackoffWeld;
import dev.backoff.docs.Docs;
import dev.backoff.tck.seed.fakes.Work;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The guide's Tracing section: the events a call with two retries adds to the span current when it started. */
@EnableWeld
class TracingDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(PriceFeed.class, Work.class);

    @Inject
    PriceFeed feed;

    @Inject
    Work work;

    @Test
    void theEventsAreTheOnesTheGuideShows() throws Exception {
        InMemorySpanExporter exporter = InMemorySpanExporter.create();
        String events;
        try (SdkTracerProvider tracing = SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build()) {
            work.script().thenThrow(2, n -> new IOException("timeout " + n)).thenReturn(null);
            Span request = tracing.get("docs").spanBuilder("GET /prices").startSpan();
            try (Scope ignored = request.makeCurrent()) {
                feed.refresh();
            }
            request.end();
            // read before the provider closes: closing the exporter clears it
            events = exporter.getFinishedSpanItems().get(0).getEvents().stream().map(TracingDocsTest::shown)
                    .collect(Collectors.joining("\n"));
        }

        assertThat(events).isEqualTo(Docs.block("span-events"));
    }

    /** An event as the guide shows it: its name, then its attributes by key. */
    private static String shown(EventData event) {
        return event.getName() + " " + event.getAttributes().asMap().entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey().getKey()))
                .map(TracingDocsTest::attribute).collect(Collectors.joining(", ", "{", "}"));
    }

    private static String attribute(Map.Entry<AttributeKey<?>, Object> attribute) {
        return attribute.getKey().getKey() + "=" + attribute.getValue();
    }
}
