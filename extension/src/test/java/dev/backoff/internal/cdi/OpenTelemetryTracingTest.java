package dev.backoff.internal.cdi;

import dev.backoff.BackoffLimits;
import dev.backoff.Jitter;
import dev.backoff.internal.engine.AsyncRetry;
import dev.backoff.internal.engine.ContextCarrier;
import dev.backoff.internal.engine.Notifier;
import dev.backoff.internal.engine.Observers;
import dev.backoff.internal.engine.PendingRetries;
import dev.backoff.internal.engine.SyncRetry;
import dev.backoff.internal.engine.Target;
import dev.backoff.internal.engine.Transactions;
import dev.backoff.internal.policy.Members;
import dev.backoff.internal.policy.Policy;
import dev.backoff.internal.policy.Tracing;
import dev.backoff.testing.VirtualTime;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * SPEC 4.4 and 4.5 on the engine, with the OpenTelemetry SDK and its in-memory exporter: the events a call adds to the
 * span current when it started (sync, and async when the retry runs on another thread), nothing on a first-attempt
 * success, on a span that does not record or with {@code tracing = off}; and with {@code spans}, a span per call and a
 * child per attempt.
 */
class OpenTelemetryTracingTest {

    private static final String POLICY = "payments";

    private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build()).build();
    private final Tracer tracer = sdk.getTracer("test");
    private final VirtualTime time = new VirtualTime();
    private final Notifier notifier = new Notifier(Observers.NONE, new OpenTelemetryTracing(() -> sdk));
    private final SyncRetry sync = new SyncRetry(time, notifier, Transactions.NONE);
    private final AsyncRetry async = new AsyncRetry(time, time, notifier, new PendingRetries(), ContextCarrier.NONE);

    @AfterEach
    void close() {
        sdk.close();
    }

    @Test
    void eachBackoffAndTheLateSuccessAreEventsOnTheCallersSpan() throws Exception {
        Span caller = tracer.spanBuilder("caller").startSpan();
        try (Scope ignored = caller.makeCurrent()) {
            assertThat(sync.call(policy(Tracing.EVENTS).build(), outcomes(new IOException("refused 1"),
                    new IllegalStateException(), "ok"), OUTCOMES)).isEqualTo("ok");
        }
        caller.end();

        SpanData span = onlySpan();
        assertThat(span.getName()).isEqualTo("caller");
        assertThat(span.getAttributes().isEmpty()).as("the caller's span gets events, never attributes").isTrue();
        assertThat(span.getEvents()).extracting(EventData::getName)
                .containsExactly("backoff.retry", "backoff.retry", "backoff.success");
        assertThat(span.getEvents().get(0).getAttributes()).isEqualTo(Attributes.builder()
                .put("backoff.policy", POLICY).put("backoff.try", 1L).put("backoff.wait_ms", 1000.0)
                .put("backoff.server_directed", false).put("exception.type", IOException.class.getName())
                .put("exception.message", "refused 1").build());
        assertThat(span.getEvents().get(1).getAttributes().asMap())
                .as("an exception without a message has no exception.message")
                .containsEntry(AttributeKey.stringKey("exception.type"), IllegalStateException.class.getName())
                .containsEntry(AttributeKey.longKey("backoff.try"), 2L)
                .containsEntry(AttributeKey.doubleKey("backoff.wait_ms"), 2000.0)
                .doesNotContainKey(AttributeKey.stringKey("exception.message"));
        assertThat(span.getEvents().get(2).getAttributes()).isEqualTo(Attributes.builder()
                .put("backoff.policy", POLICY).put("backoff.tries", 3L).build());
    }

    @Test
    void aGiveUpIsAnEventWithItsReason() {
        Span caller = tracer.spanBuilder("caller").startSpan();
        try (Scope ignored = caller.makeCurrent()) {
            assertThatThrownBy(() -> sync.call(policy(Tracing.EVENTS).set(Members.MAX_TRIES, 2).build(),
                    outcomes(new IOException("1"), new IOException("2")), OUTCOMES)).hasMessage("2");
        }
        caller.end();

        List<EventData> events = onlySpan().getEvents();
        assertThat(events).extracting(EventData::getName).containsExactly("backoff.retry", "backoff.giveup");
        assertThat(events.get(1).getAttributes()).isEqualTo(Attributes.builder().put("backoff.policy", POLICY)
                .put("backoff.tries", 2L).put("backoff.reason", "MAX_TRIES").build());
    }

    @Test
    void aRetriedValueHasNoExceptionAttributes() throws Exception {
        Span caller = tracer.spanBuilder("caller").startSpan();
        try (Scope ignored = caller.makeCurrent()) {
            assertThat(sync.call(policy(Tracing.EVENTS).retryIf(""::equals).build(), outcomes("", "done"), OUTCOMES))
                    .isEqualTo("done");
        }
        caller.end();

        EventData retry = onlySpan().getEvents().get(0);
        assertThat(retry.getName()).isEqualTo("backoff.retry");
        assertThat(retry.getAttributes().asMap()).doesNotContainKeys(AttributeKey.stringKey("exception.type"),
                AttributeKey.stringKey("exception.message"));
    }

    @Test
    void aFirstAttemptSuccessRecordsNothingEvenWhenTheCallReadItsStart() throws Exception {
        Span caller = tracer.spanBuilder("caller").startSpan();
        try (Scope ignored = caller.makeCurrent()) {
            sync.call(policy(Tracing.EVENTS).build(), outcomes("ok"), OUTCOMES);
            // a limits object makes the loop start the call's trace before the first attempt
            sync.call(policy(Tracing.EVENTS).limits(new BackoffLimits() {
            }).build(), outcomes("ok"), OUTCOMES);
        }
        caller.end();

        assertThat(onlySpan().getEvents()).isEmpty();
    }

    @Test
    void offRecordsNothing() throws Exception {
        Span caller = tracer.spanBuilder("caller").startSpan();
        try (Scope ignored = caller.makeCurrent()) {
            sync.call(policy(Tracing.OFF).build(), outcomes(new IOException(), "ok"), OUTCOMES);
        }
        caller.end();

        assertThat(onlySpan().getEvents()).isEmpty();
    }

    @Test
    void aSpanThatDoesNotRecordGetsNothingAndTheCallRecordsNothing() throws Exception {
        Span remote = Span.wrap(SpanContext.createFromRemoteParent("0af7651916cd43dd8448eb211c80319c",
                "b7ad6b7169203331", TraceFlags.getDefault(), TraceState.getDefault()));
        OpenTelemetryTracing tracing = new OpenTelemetryTracing(() -> sdk);
        try (Scope ignored = remote.makeCurrent()) {
            assertThat(tracing.start(policy(Tracing.EVENTS).build())).as("a trace of the call").isNull();
            assertThat(sync.call(policy(Tracing.EVENTS).build(), outcomes(new IOException(), "ok"), OUTCOMES))
                    .isEqualTo("ok");
        }
        assertThat(tracing.start(policy(Tracing.EVENTS).build())).as("a trace without a current span").isNull();
        assertThat(exporter.getFinishedSpanItems()).isEmpty();
    }

    @Test
    void anAsyncRetryOnAnotherThreadRecordsOnTheSpanCurrentWhenTheCallStarted() throws Exception {
        time.holdScheduledTasks();
        List<Thread> attemptedOn = new java.util.concurrent.CopyOnWriteArrayList<>();
        Deque<Object> outcomes = outcomes(new IOException("refused"), "ok");
        Target<Deque<Object>> stages = target(call -> {
            attemptedOn.add(Thread.currentThread());
            Object outcome = call.removeFirst();
            return outcome instanceof Throwable t ? CompletableFuture.failedFuture(t)
                    : CompletableFuture.completedFuture(outcome);
        });
        Span caller = tracer.spanBuilder("caller").startSpan();
        CompletableFuture<Object> result;
        try (Scope ignored = caller.makeCurrent()) {
            result = async.call(policy(Tracing.EVENTS).build(), outcomes, stages);
        }
        Thread other = new Thread(() -> time.advance(Duration.ofSeconds(1)), "scheduler");
        other.start();
        other.join();
        caller.end();

        assertThat(result).isCompletedWithValue("ok");
        assertThat(attemptedOn).containsExactly(Thread.currentThread(), other);
        assertThat(onlySpan().getEvents()).extracting(EventData::getName)
                .containsExactly("backoff.retry", "backoff.success");
    }

    @Test
    void spansMakeASpanPerCallAndAChildPerAttemptUnderWhichTheAttemptRuns() throws Exception {
        Span caller = tracer.spanBuilder("caller").startSpan();
        Target<Deque<Object>> traced = target(call -> {
            tracer.spanBuilder("http").startSpan().end(); // what the attempt does, under the attempt's span
            return OUTCOMES.attempt(call);
        });
        try (Scope ignored = caller.makeCurrent()) {
            sync.call(policy(Tracing.SPANS).build(), outcomes(new IOException("refused"), "ok"), traced);
        }
        caller.end();

        SpanData call = span("backoff.call");
        assertThat(call.getParentSpanId()).isEqualTo(caller.getSpanContext().getSpanId());
        assertThat(call.getAttributes().asMap()).isEqualTo(Attributes.builder().put("backoff.policy", POLICY)
                .put("backoff.tries", 2L).build().asMap());
        assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(call.getEvents()).extracting(EventData::getName).containsExactly("backoff.retry",
                "backoff.success");
        assertThat(span("caller").getEvents()).as("the caller's span is left alone").isEmpty();
        List<SpanData> attempts = spans("backoff.attempt");
        assertThat(attempts).extracting(SpanData::getParentSpanId).containsOnly(call.getSpanId());
        assertThat(attempts).extracting(a -> a.getAttributes().get(AttributeKey.longKey("backoff.try")))
                .containsExactly(1L, 2L);
        assertThat(attempts).extracting(a -> a.getStatus().getStatusCode())
                .containsExactly(StatusCode.ERROR, StatusCode.UNSET);
        assertThat(attempts.get(0).getEvents()).extracting(EventData::getName).containsExactly("exception");
        assertThat(spans("http")).extracting(SpanData::getParentSpanId)
                .containsExactlyElementsOf(attempts.stream().map(SpanData::getSpanId).toList());
    }

    @Test
    void withSpansTheCallersSpanIsCurrentAgainOnceTheCallHasReturned() throws Exception {
        Span caller = tracer.spanBuilder("caller").startSpan();
        try (Scope ignored = caller.makeCurrent()) {
            sync.call(policy(Tracing.SPANS).build(), outcomes(new IOException("refused"), "ok"), OUTCOMES);
            assertThat(Span.current()).as("after a sync call").isSameAs(caller);

            time.holdScheduledTasks();
            async.call(policy(Tracing.SPANS).build(), outcomes(CompletableFuture.failedFuture(new IOException("refused")),
                    CompletableFuture.completedFuture("ok")), OUTCOMES);
            assertThat(Span.current()).as("after an async call's first attempt").isSameAs(caller);
        }
        caller.end();
    }

    @Test
    void withSpansAFirstAttemptSuccessRecordsItsSpansAndAGiveUpIsAnError() {
        assertThatThrownBy(() -> sync.call(policy(Tracing.SPANS).set(Members.MAX_TRIES, 2).build(),
                outcomes(new IOException("1"), new IOException("2")), OUTCOMES)).hasMessage("2");
        SpanData gaveUp = span("backoff.call");
        exporter.reset();
        assertThat(gaveUp.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(gaveUp.getStatus().getDescription()).isEqualTo("gave up: MAX_TRIES");
        assertThat(gaveUp.getAttributes().get(AttributeKey.longKey("backoff.tries"))).isEqualTo(2L);

        try {
            sync.call(policy(Tracing.SPANS).build(), outcomes("ok"), OUTCOMES);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(exporter.getFinishedSpanItems()).extracting(SpanData::getName)
                .containsExactly("backoff.attempt", "backoff.call");
        assertThat(span("backoff.call").getAttributes().get(AttributeKey.longKey("backoff.tries"))).isEqualTo(1L);
    }

    @Test
    void withSpansAnAbortedCallEndsItsSpansWithTheError() {
        IllegalArgumentException abort = new IllegalArgumentException("bad request");
        assertThatThrownBy(() -> sync.call(policy(Tracing.SPANS).set(Members.ABORT_ON,
                new Class<?>[] {IllegalArgumentException.class}).build(), outcomes(abort), OUTCOMES)).isSameAs(abort);

        assertThat(span("backoff.attempt").getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(span("backoff.call").getStatus().getDescription()).isEqualTo(abort.toString());
    }

    @Test
    void withSpansAnAsyncCallsSpansEndBeforeItsResultIsSeenAndItsAttemptsAreItsChildren() throws Exception {
        time.holdScheduledTasks();
        CompletableFuture<Object> result = async.call(policy(Tracing.SPANS).build(),
                outcomes(CompletableFuture.failedFuture(new IOException("refused")),
                        CompletableFuture.completedFuture("ok")), OUTCOMES);
        assertThat(exporter.getFinishedSpanItems()).extracting(SpanData::getName).containsExactly("backoff.attempt");

        Thread other = new Thread(() -> time.advance(Duration.ofSeconds(1)));
        other.start();
        other.join();

        assertThat(result).isCompletedWithValue("ok");
        SpanData call = span("backoff.call");
        assertThat(spans("backoff.attempt")).hasSize(2).extracting(SpanData::getParentSpanId)
                .containsOnly(call.getSpanId());
        assertThat(call.getAttributes().get(AttributeKey.longKey("backoff.tries"))).isEqualTo(2L);
    }

    @Test
    void stackedLayersAddTheirOwnEventsToOneSpanWithoutOverwritingEachOther() throws Exception {
        Policy outer = policy(Tracing.EVENTS).set(Members.NAME, "outer").build();
        Policy inner = policy(Tracing.EVENTS).set(Members.MAX_TRIES, 2).build();
        Deque<Object> outcomes = outcomes(new IOException("1"), new IOException("2"), "ok");
        Target<Deque<Object>> innerCall = target(call -> sync.call(inner, call, OUTCOMES));
        Span caller = tracer.spanBuilder("caller").startSpan();
        try (Scope ignored = caller.makeCurrent()) {
            assertThat(sync.call(outer, outcomes, innerCall)).isEqualTo("ok");
        }
        caller.end();

        assertThat(onlySpan().getEvents()).extracting(EventData::getName, e -> e.getAttributes().get(
                AttributeKey.stringKey("backoff.policy"))).containsExactly(
                tuple("backoff.retry", POLICY), tuple("backoff.giveup", POLICY), tuple("backoff.retry", "outer"),
                tuple("backoff.success", "outer"));
    }

    @Test
    void withSpansAnInnerLayersCallIsAChildOfTheOuterLayersAttempt() throws Exception {
        Policy outer = policy(Tracing.SPANS).set(Members.NAME, "outer").build();
        Policy inner = policy(Tracing.SPANS).build();
        Target<Deque<Object>> innerCall = target(call -> sync.call(inner, call, OUTCOMES));

        assertThat(sync.call(outer, outcomes("ok"), innerCall)).isEqualTo("ok");

        List<SpanData> calls = spans("backoff.call");
        List<SpanData> attempts = spans("backoff.attempt");
        assertThat(calls).extracting(c -> c.getAttributes().get(AttributeKey.stringKey("backoff.policy")))
                .containsExactly(POLICY, "outer");
        assertThat(calls.get(0).getParentSpanId()).as("the inner call's parent").isEqualTo(attempts.get(1).getSpanId());
        assertThat(attempts.get(1).getParentSpanId()).as("the outer attempt's parent").isEqualTo(calls.get(1)
                .getSpanId());
        assertThat(attempts.get(0).getParentSpanId()).as("the inner attempt's parent").isEqualTo(calls.get(0)
                .getSpanId());
    }

    /** A policy named {@value #POLICY}, exact waits of 1 s, 2 s, ..., recording as {@code tracing} says. */
    private static Policy.Builder policy(Tracing tracing) {
        return Policy.builder(Api.class, fetch()).label("Api.fetch(...)").set(Members.NAME, POLICY)
                .set(Members.JITTER, Jitter.NONE).set(Members.TRACING, tracing);
    }

    /** Each attempt throws or returns the next of these; a stage is returned as it is. */
    private static final Target<Deque<Object>> OUTCOMES = target(call -> {
        Object outcome = call.removeFirst();
        if (outcome instanceof Exception e) {
            throw e;
        }
        return outcome;
    });

    /** How an attempt of a call of these tests is made. */
    @FunctionalInterface
    private interface Attempt {
        Object make(Deque<Object> call) throws Exception;
    }

    /** A target whose attempts {@code attempt} makes; its calls have no arguments. */
    private static Target<Deque<Object>> target(Attempt attempt) {
        return new Target<>() {
            @Override
            public Object attempt(Deque<Object> call) throws Exception {
                return attempt.make(call);
            }

            @Override
            public Object[] arguments(Deque<Object> call) {
                return new Object[0];
            }
        };
    }

    private static Deque<Object> outcomes(Object... outcomes) {
        return new ArrayDeque<>(Arrays.asList(outcomes));
    }

    private SpanData onlySpan() {
        assertThat(exporter.getFinishedSpanItems()).hasSize(1);
        return exporter.getFinishedSpanItems().get(0);
    }

    private SpanData span(String name) {
        assertThat(spans(name)).hasSize(1);
        return spans(name).get(0);
    }

    private List<SpanData> spans(String name) {
        return exporter.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).toList();
    }

    private static Method fetch() {
        try {
            return Api.class.getMethod("fetch");
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    /** The method the policies are of. */
    interface Api {
        Object fetch() throws IOException;

        CompletionStage<Object> fetchLater();
    }
}
