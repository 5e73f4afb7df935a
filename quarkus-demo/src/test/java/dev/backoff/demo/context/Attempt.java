package dev.backoff.demo.context;

import io.opentelemetry.api.trace.Span;
import io.vertx.core.Context;
import org.jboss.logging.MDC;

/**
 * What one attempt of a {@link ContextProbe} call saw of its caller's context: the MDC value the request set, its
 * OpenTelemetry trace, its request-scoped {@link RequestTag}, the MicroProfile {@link Tenant}, and where it ran.
 */
public record Attempt(Object mdc, String traceId, String requestTag, String tenant, String thread, boolean eventLoop,
                      boolean worker) {

    /** The MDC key the probe's requests set. */
    public static final String MDC_KEY = "probe";

    /** What this thread sees now. */
    static Attempt here(RequestTag tag) {
        Thread thread = Thread.currentThread();
        return new Attempt(MDC.get(MDC_KEY), Span.current().getSpanContext().getTraceId(), tag.name(),
                Tenant.current(), thread.getName(), Context.isOnEventLoopThread(), Context.isOnWorkerThread());
    }
}
