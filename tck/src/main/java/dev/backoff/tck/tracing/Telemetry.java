package dev.backoff.tck.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The application's OpenTelemetry, as Quarkus and Helidon make it a bean: the SDK, exporting to memory, so that a test
 * reads the spans its calls ended.
 */
public class Telemetry {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }

    @Produces
    @Singleton
    OpenTelemetry openTelemetry(InMemorySpanExporter exporter) {
        return OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build()).build();
    }

    void close(@Disposes OpenTelemetry openTelemetry) {
        ((OpenTelemetrySdk) openTelemetry).close();
    }

    /** The ended spans called {@code name}, in the order they ended. */
    static List<SpanData> spans(InMemorySpanExporter exporter, String name) {
        return exporter.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).toList();
    }
}
