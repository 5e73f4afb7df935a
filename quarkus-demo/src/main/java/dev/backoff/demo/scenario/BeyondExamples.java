package dev.backoff.demo.scenario;

import dev.backoff.Backoff;
import dev.backoff.demo.client.Upstream;
import dev.backoff.demo.timeline.Lane;
import dev.backoff.demo.upstream.UpstreamServices.Payload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletionStage;

/**
 * What Python's {@code backoff} cannot do: waits the server asks for, and a retry budget shared by every caller.
 * Neither needs code: {@code retryAfter} is on by default, and {@code budget} names the budget whose settings are
 * config ({@code Backoff/budget/outage/...} in {@code application.properties}).
 */
@ApplicationScoped
public class BeyondExamples {

    /** The retry budget of {@link #duringOutage}, whose settings are config (application.properties). */
    public static final String OUTAGE_BUDGET = "outage";

    /** The most calls the outage scenario makes at once: its runs share the demo with everybody else's. */
    public static final int MOST_CALLERS = 100;

    @Inject
    @RestClient
    Upstream upstream;

    /**
     * Exponential waits of 100 ms and up, except after a 429 whose {@code Retry-After} says how long: the library
     * reads the header from the REST client's {@link WebApplicationException} and waits that long instead.
     */
    @Backoff(name = "server-directed", on = {WebApplicationException.class, ProcessingException.class},
            factor = 100, maxTries = 10, unit = ChronoUnit.MILLIS)
    public Payload serverDirected(String run, int limited) {
        return upstream.limited(run, limited);
    }

    /**
     * One of many callers during an outage. Each would try five times, but their retries all draw on the budget
     * {@code outage}: once it is empty, a caller gives up at once with its last failure instead of adding load.
     */
    @Backoff(name = "outage", budget = OUTAGE_BUDGET, on = {WebApplicationException.class, ProcessingException.class},
            factor = 100, maxTries = 5, unit = ChronoUnit.MILLIS)
    public CompletionStage<Payload> duringOutage(String run, Lane caller) {
        return upstream.flakyAsync(run + "-" + caller.name(), Integer.MAX_VALUE);
    }
}
