package dev.backoff.demo.shapes;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.demo.upstream.UpstreamServices.Payload;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.temporal.ChronoUnit;

/**
 * A MicroProfile Rest Client interface whose method carries {@code @Backoff} itself (SPEC 1.8). A client name of its
 * own: two clients of one name would register the same meters.
 */
@RegisterRestClient(configKey = "retried-upstream")
@Path("/upstream")
public interface RetriedUpstream {

    @GET
    @Path("/flaky/{run}")
    @Backoff(on = WebApplicationException.class, maxTries = 4, factor = 10, unit = ChronoUnit.MILLIS,
            jitter = Jitter.NONE)
    Payload flaky(@PathParam("run") String run, @QueryParam("failures") int failures);
}
