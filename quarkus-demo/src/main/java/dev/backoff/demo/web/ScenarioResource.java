package dev.backoff.demo.web;

import dev.backoff.demo.scenario.AdvancedExamples;
import dev.backoff.demo.scenario.DebuggingExamples;
import dev.backoff.demo.timeline.Timeline;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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

    /**
     * Runs a scenario and answers its timeline when it has finished. {@code n} is its one number (failures, polls...),
     * a whole number from 0; without it, the scenario's default. What is wrong with a request is said in the answer's
     * body (as text), which JAX-RS would leave empty: a query parameter that does not convert is a 404 without a word.
     */
    @POST
    @Path("/scenarios/{id}/run")
    public Timeline.View run(@PathParam("id") String id, @QueryParam("n") String n) {
        if (!scenarios.exists(id)) {
            throw refused(Response.Status.NOT_FOUND, "There is no scenario " + id + "; the scenarios are listed at"
                    + " /api/scenarios.");
        }
        if (n == null) {
            return scenarios.run(id, null);
        }
        int k;
        try {
            k = Integer.parseInt(n.strip());
        } catch (NumberFormatException e) {
            k = -1;
        }
        if (k < 0) {
            throw refused(Response.Status.BAD_REQUEST, "n must be a whole number from 0 (how many failures, polls..."
                    + " the scenario plays), not \"" + n + "\".");
        }
        return scenarios.run(id, k);
    }

    private static WebApplicationException refused(Response.Status status, String message) {
        return new WebApplicationException(Response.status(status).type(MediaType.TEXT_PLAIN_TYPE).entity(message)
                .build());
    }

    /** One policy's meters, as the page shows them. */
    public record PolicyMeters(String policy, double successWithoutRetry, double successAfterRetry, double gaveUp,
                               double retries, long waits, double waitedMs) {
    }

    /**
     * The library's Micrometer meters ({@code backoff.calls} by outcome, {@code backoff.retries},
     * {@code backoff.waits}) of every policy that was called, the seed's listener-counted {@code retry_metrics}, and
     * the circuit breaker's state.
     */
    @GET
    @Path("/metrics")
    public Map<String, Object> metrics() {
        Map<String, PolicyMeters> byPolicy = new TreeMap<>();
        for (Meter meter : registry.getMeters()) {
            String name = meter.getId().getName();
            String policy = meter.getId().getTag("policy");
            if (!name.startsWith("backoff.") || policy == null) {
                continue;
            }
            PolicyMeters m = byPolicy.getOrDefault(policy, new PolicyMeters(policy, 0, 0, 0, 0, 0, 0));
            if (meter instanceof Counter counter && name.equals("backoff.calls")) {
                String outcome = String.valueOf(meter.getId().getTag("outcome"));
                m = new PolicyMeters(policy,
                        m.successWithoutRetry() + (outcome.equals("success_without_retry") ? counter.count() : 0),
                        m.successAfterRetry() + (outcome.equals("success_after_retry") ? counter.count() : 0),
                        m.gaveUp() + (outcome.equals("gave_up") ? counter.count() : 0), m.retries(), m.waits(),
                        m.waitedMs());
            } else if (meter instanceof Counter counter && name.equals("backoff.retries")) {
                m = new PolicyMeters(policy, m.successWithoutRetry(), m.successAfterRetry(), m.gaveUp(),
                        counter.count(), m.waits(), m.waitedMs());
            } else if (meter instanceof Timer timer && name.equals("backoff.waits")) {
                m = new PolicyMeters(policy, m.successWithoutRetry(), m.successAfterRetry(), m.gaveUp(), m.retries(),
                        timer.count(), timer.totalTime(TimeUnit.MILLISECONDS));
            }
            byPolicy.put(policy, m);
        }
        List<PolicyMeters> called = new ArrayList<>();
        for (PolicyMeters m : byPolicy.values()) {
            if (m.successWithoutRetry() + m.successAfterRetry() + m.gaveUp() + m.retries() > 0) {
                called.add(m);
            }
        }
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("policies", called);
        all.put("retry_metrics", retryMetrics.snapshot());
        all.put("circuit", circuitBreaker.state());
        return all;
    }
}
