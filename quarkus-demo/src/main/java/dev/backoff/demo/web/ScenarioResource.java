package dev.backoff.demo.web;

import dev.backoff.demo.scenario.AdvancedExamples;
import dev.backoff.demo.scenario.DebuggingExamples;
import dev.backoff.demo.timeline.Timeline;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/** The demo's own API, used by the page at {@code /}: list the scenarios, run one, read the metrics. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ScenarioResource {

    @Inject
    Scenarios scenarios;

    @Inject
    MeterRegistry registry;

    @Inject
    DebuggingExamples.RetryMetrics retryMetrics;

    @Inject
    AdvancedExamples.CircuitBreaker circuitBreaker;

    @GET
    @Path("/scenarios")
    public List<Scenarios.Info> list() {
        return scenarios.list();
    }

    /** Runs a scenario and answers its timeline when it has finished. */
    @POST
    @Path("/scenarios/{id}/run")
    public Timeline.View run(@PathParam("id") String id, @QueryParam("n") Integer n) {
        if (!scenarios.exists(id)) {
            throw new NotFoundException("no scenario " + id);
        }
        return scenarios.run(id, n);
    }

    /** A meter as the page shows it. */
    public record MeterView(String name, Map<String, String> tags, String type, double count, double totalMs) {
    }

    /**
     * The library's Micrometer meters ({@code backoff.*}), the seed's listener-counted {@code retry_metrics}, and
     * the circuit breaker's state.
     */
    @GET
    @Path("/metrics")
    public Map<String, Object> metrics() {
        List<MeterView> meters = new ArrayList<>();
        for (Meter meter : registry.getMeters()) {
            String name = meter.getId().getName();
            if (!name.startsWith("backoff.")) {
                continue;
            }
            Map<String, String> tags = new TreeMap<>();
            for (Tag tag : meter.getId().getTags()) {
                tags.put(tag.getKey(), tag.getValue());
            }
            if (meter instanceof Counter counter) {
                meters.add(new MeterView(name, tags, "counter", counter.count(), 0));
            } else if (meter instanceof Timer timer) {
                meters.add(new MeterView(name, tags, "timer", timer.count(), timer.totalTime(TimeUnit.MILLISECONDS)));
            }
        }
        meters.sort((a, b) -> (a.name() + a.tags()).compareTo(b.name() + b.tags()));
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("meters", meters);
        all.put("retry_metrics", retryMetrics.snapshot());
        all.put("circuit", circuitBreaker.state());
        return all;
    }
}
