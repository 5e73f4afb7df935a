package dev.backoff.demo.context;

import io.opentelemetry.api.trace.Span;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.MDC;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Calls {@link ContextProbe} from a REST request as an application does: the request sets an MDC value and names its
 * request-scoped {@link RequestTag}, and answers with its trace id and what each attempt saw. A method returning a
 * {@code CompletionStage} or a {@code Uni} runs on the request's event loop; a {@code @Blocking} one on a worker.
 */
@Path("/test/context")
@Produces(MediaType.APPLICATION_JSON)
public class ContextProbeResource {

    /** A request's answer: its own trace id, and the attempts of its call. */
    public record Report(String traceId, List<Attempt> attempts) {
    }

    @Inject
    ContextProbe probe;

    @Inject
    RequestTag tag;

    @GET
    @Path("/stage/{call}")
    public CompletionStage<Report> stage(@PathParam("call") String call) {
        String traceId = enter(call);
        return probe.stage(call).thenApply(attempts -> new Report(traceId, attempts));
    }

    @GET
    @Path("/uni/{call}")
    public Uni<Report> uni(@PathParam("call") String call) {
        String traceId = enter(call);
        return probe.uni(call).map(attempts -> new Report(traceId, attempts));
    }

    @GET
    @Path("/worker/{call}")
    @Blocking
    public CompletionStage<Report> worker(@PathParam("call") String call) {
        String traceId = enter(call);
        return probe.stage(call).thenApply(attempts -> new Report(traceId, attempts));
    }

    /** Sets the request's MDC value and tag; returns its trace id. */
    private String enter(String call) {
        MDC.put(Attempt.MDC_KEY, call);
        tag.name(call);
        return Span.current().getSpanContext().getTraceId();
    }
}
