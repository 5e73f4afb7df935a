package dev.backoff.internal.cdi;

import dev.backoff.event.GiveupReason;
import dev.backoff.internal.engine.Traces;
import dev.backoff.internal.policy.Policy;
import dev.backoff.internal.policy.Tracing;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.enterprise.inject.Vetoed;
import jakarta.enterprise.inject.spi.BeanContainer;

import java.util.function.Supplier;

/**
 * What calls record in OpenTelemetry traces (SPEC 4.4, 4.5). The only class that names the OpenTelemetry API, which is
 * optional: {@link #forContainer} is called only after a check that the API is there.
 * <ul>
 * <li>{@code events}: events on the span current when the call started, only when it is recording. Events, never
 * attributes: the span is not the library's, and stacked layers or several calls in one span would overwrite each
 * other's attributes.</li>
 * <li>{@code spans}: a span {@code backoff.call} per call of a layer, child of the current one, with those events and
 * {@code backoff.tries}; a child span {@code backoff.attempt} per attempt, current while the attempt starts, so that
 * what the attempt does is traced under it.</li>
 * </ul>
 */
@Vetoed
final class OpenTelemetryTracing implements Traces {

    /** The instrumentation scope of the spans. */
    static final String SCOPE = "dev.backoff.cdi";

    private static final AttributeKey<String> POLICY = AttributeKey.stringKey("backoff.policy");
    private static final AttributeKey<Long> TRY = AttributeKey.longKey("backoff.try");
    private static final AttributeKey<Long> TRIES = AttributeKey.longKey("backoff.tries");
    private static final AttributeKey<Double> WAIT_MS = AttributeKey.doubleKey("backoff.wait_ms");
    private static final AttributeKey<Boolean> SERVER_DIRECTED = AttributeKey.booleanKey("backoff.server_directed");
    private static final AttributeKey<String> REASON = AttributeKey.stringKey("backoff.reason");
    private static final AttributeKey<String> EXCEPTION_TYPE = AttributeKey.stringKey("exception.type");
    private static final AttributeKey<String> EXCEPTION_MESSAGE = AttributeKey.stringKey("exception.message");

    /** The application's {@code OpenTelemetry}, or {@code null}: then {@code GlobalOpenTelemetry}'s. */
    private final Supplier<OpenTelemetry> openTelemetry;
    /** The tracer of the application's {@code OpenTelemetry}, found at the first call that records spans. */
    private volatile Tracer tracer;

    OpenTelemetryTracing(Supplier<OpenTelemetry> openTelemetry) {
        this.openTelemetry = openTelemetry;
    }

    /**
     * For a container: the tracer of its {@code OpenTelemetry} bean (Quarkus, Helidon), else of
     * {@code GlobalOpenTelemetry} (the agent's, or the one the application set). Looked up at the first call that
     * records spans, so that an application whose policies only record events never makes the bean.
     */
    static Traces forContainer(BeanContainer container) {
        return new OpenTelemetryTracing(() -> BeanLookup.find(container, OpenTelemetry.class));
    }

    @Override
    public boolean spans(Policy policy) {
        return policy.tracing() == Tracing.SPANS;
    }

    @Override
    public Trace start(Policy policy) {
        return switch (policy.tracing()) {
            case EVENTS -> {
                Span current = Span.current();
                yield current.isRecording() ? new Events(current) : null; // 4.4: a span that drops them costs nothing
            }
            case SPANS -> new Spans(tracer(), policy);
            case OFF -> null;
        };
    }

    /**
     * The application's tracer. The global one is asked for at each call, not kept, so that an application that sets
     * it after startup is heard; {@code getOrNoop} never sets it, as {@code get} would.
     */
    private Tracer tracer() {
        Tracer found = tracer;
        if (found != null) {
            return found;
        }
        OpenTelemetry bean = openTelemetry.get();
        if (bean == null) {
            return GlobalOpenTelemetry.getOrNoop().getTracer(SCOPE);
        }
        tracer = bean.getTracer(SCOPE);
        return tracer;
    }

    /** SPEC 4.4: a call's events, on a recording span. */
    private static class Events implements Trace {
        final Span span;

        Events(Span span) {
            this.span = span;
        }

        @Override
        public Scope attempt(int tries) {
            return null;
        }

        @Override
        public void attempted(Throwable failure) {
        }

        @Override
        public void backoff(Policy policy, int tries, long waitNanos, boolean serverDirected, Throwable exception) {
            AttributesBuilder attributes = Attributes.builder().put(POLICY, policy.meterName()).put(TRY, tries)
                    .put(WAIT_MS, waitNanos / 1e6).put(SERVER_DIRECTED, serverDirected);
            if (exception != null) { // a retried value (retryIf) is not recorded: it may be large, or private
                attributes.put(EXCEPTION_TYPE, exception.getClass().getName());
                if (exception.getMessage() != null) {
                    attributes.put(EXCEPTION_MESSAGE, exception.getMessage());
                }
            }
            span.addEvent("backoff.retry", attributes.build());
        }

        @Override
        public void giveup(Policy policy, int tries, GiveupReason reason) {
            span.addEvent("backoff.giveup", Attributes.of(POLICY, policy.meterName(), TRIES, (long) tries, REASON,
                    reason.name()));
        }

        @Override
        public void success(Policy policy, int tries) {
            if (tries > 1) { // a first-attempt success is no news
                span.addEvent("backoff.success", Attributes.of(POLICY, policy.meterName(), TRIES, (long) tries));
            }
        }

        @Override
        public void end(int tries, Throwable thrown) {
        }
    }

    /** SPEC 4.5: a call's own span, with the events of 4.4, and a child span per attempt. */
    private static final class Spans extends Events {
        private final Tracer tracer;
        /** The caller's context with the call's span: the parent of each attempt's, whatever thread makes it. */
        private final Context call;
        private Span attempt;
        private GiveupReason gaveUp;
        private boolean ended;

        Spans(Tracer tracer, Policy policy) {
            super(tracer.spanBuilder("backoff.call").setAttribute(POLICY, policy.meterName()).startSpan());
            this.tracer = tracer;
            this.call = Context.current().with(span);
        }

        @Override
        public Scope attempt(int tries) {
            attempt = tracer.spanBuilder("backoff.attempt").setParent(call).setAttribute(TRY, (long) tries)
                    .startSpan();
            io.opentelemetry.context.Scope current = call.with(attempt).makeCurrent();
            return current::close;
        }

        @Override
        public void attempted(Throwable failure) {
            Span made = attempt;
            attempt = null;
            if (made == null) {
                return;
            }
            if (failure != null) {
                made.recordException(failure);
                made.setStatus(StatusCode.ERROR);
            }
            made.end();
        }

        @Override
        public void giveup(Policy policy, int tries, GiveupReason reason) {
            super.giveup(policy, tries, reason);
            gaveUp = reason;
        }

        @Override
        public void end(int tries, Throwable thrown) {
            if (ended) {
                return;
            }
            ended = true;
            attempted(thrown); // an attempt that aborted the call, or was cancelled with it
            span.setAttribute(TRIES, (long) tries);
            if (gaveUp != null) {
                span.setStatus(StatusCode.ERROR, "gave up: " + gaveUp);
            } else if (thrown != null) {
                span.setStatus(StatusCode.ERROR, thrown.toString());
            }
            span.end();
        }
    }
}
