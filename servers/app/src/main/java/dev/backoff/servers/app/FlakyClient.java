package dev.backoff.servers.app;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.temporal.ChronoUnit;

/**
 * A MicroProfile REST client of {@link FlakyResource}, in this same application. Its base URL is config key
 * {@code flaky/mp-rest/url}, which the runners set as environment variable {@code FLAKY_MP_REST_URL}. A response of
 * 503 reaches the caller as a {@code WebApplicationException}, which {@code @Backoff} retries.
 */
@RegisterRestClient(configKey = "flaky")
@Path("/flaky")
public interface FlakyClient {

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_PLAIN)
    @Backoff(maxTries = 5, strategy = Wait.CONSTANT, interval = 10, unit = ChronoUnit.MILLIS, jitter = Jitter.NONE)
    String get(@PathParam("id") String id, @QueryParam("failures") int failures);
}
