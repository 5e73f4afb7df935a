package dev.backoff.demo.timeline;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The spans of the demo's recent traces, kept in memory as they end, so that the page can show the trace of a run: the
 * request's span with the events {@code @Backoff} added to it (SPEC 4.4), and any span its calls made. A
 * {@link SpanProcessor} bean, which {@code quarkus-opentelemetry} adds to its SDK, and which records each span when it
 * ends, in the thread that ends it: an exporter bean would be batched, so a trace would show only seconds later.
 */
@Singleton
public class RunTraces implements SpanProcessor {

    /** As many traces as the demo keeps runs. */
    private static final int KEPT = 200;

    /** A span as the page shows it: times in milliseconds since its trace's first span started. */
    public record SpanView(String name, String kind, String spanId, String parentSpanId, double startMs,
                           double durationMs, String status, Map<String, String> attributes, List<EventView> events) {
    }

    /** A span's event: its time in milliseconds since the span started. */
    public record EventView(String name, double atMs, Map<String, String> attributes) {
    }

    private final Map<String, List<SpanData>> traces = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<SpanData>> eldest) {
            return size() > KEPT;
        }
    };

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
    }

    @Override
    public boolean isStartRequired() {
        return false;
    }

    @Override
    public synchronized void onEnd(ReadableSpan span) {
        SpanData data = span.toSpanData();
        traces.computeIfAbsent(data.getTraceId(), id -> new ArrayList<>()).add(data);
        notifyAll();
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }

    /**
     * The spans of trace {@code traceId}, in the order they started, once its root span (the request's, which has no
     * parent) has ended, or what has ended of it after {@code patience}: a run answers before its request's span ends.
     */
    public synchronized List<SpanView> trace(String traceId, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        for (long left = patience.toNanos(); !rootEnded(traceId) && left > 0; left = deadline - System.nanoTime()) {
            wait(Math.max(1, left / 1_000_000));
        }
        List<SpanData> spans = traces.getOrDefault(traceId, List.of());
        long start = spans.stream().mapToLong(SpanData::getStartEpochNanos).min().orElse(0);
        return spans.stream().sorted(Comparator.comparingLong(SpanData::getStartEpochNanos))
                .map(span -> view(span, start)).toList();
    }

    private boolean rootEnded(String traceId) {
        return traces.getOrDefault(traceId, List.of()).stream().anyMatch(s -> !SpanId.isValid(s.getParentSpanId())
                || s.getParentSpanContext().isRemote());
    }

    private static SpanView view(SpanData span, long traceStart) {
        List<EventView> events = span.getEvents().stream().map(e -> new EventView(e.getName(),
                (e.getEpochNanos() - span.getStartEpochNanos()) / 1e6, shown(e.getAttributes()))).toList();
        return new SpanView(span.getName(), span.getKind().name(), span.getSpanId(),
                SpanId.isValid(span.getParentSpanId()) ? span.getParentSpanId() : null,
                (span.getStartEpochNanos() - traceStart) / 1e6, (span.getEndEpochNanos() - span.getStartEpochNanos()) / 1e6,
                span.getStatus().getStatusCode().name(), shown(span.getAttributes()), events);
    }

    /** Attributes by key, each value as text. */
    private static Map<String, String> shown(Attributes attributes) {
        Map<String, String> shown = new TreeMap<>();
        attributes.forEach((key, value) -> shown.put(key.getKey(), String.valueOf(value)));
        return shown;
    }
}
