package dev.backoff.demo.web;

import dev.backoff.demo.timeline.RunTraces;
import dev.backoff.demo.timeline.Timeline;
import dev.backoff.demo.timeline.Timelines;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Duration;
import java.util.List;

/** The trace of a run, as the page shows it under the run's timeline: its spans, with their events. */
@Path("/api/runs")
@Produces(MediaType.APPLICATION_JSON)
public class TraceResource {

    /** How long to wait for the run's request span to end: it ends once the run's answer is written. */
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    @Inject
    Timelines timelines;

    @Inject
    RunTraces traces;

    @GET
    @Path("/{run}/trace")
    public List<RunTraces.SpanView> trace(@PathParam("run") String run) throws InterruptedException {
        Timeline timeline = timelines.get(run);
        if (timeline == null) {
            throw new NotFoundException("There is no run " + run + " (the demo keeps the last runs only).");
        }
        return timeline.traceId() == null ? List.of() : traces.trace(timeline.traceId(), PATIENCE);
    }
}
