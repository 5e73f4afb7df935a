package dev.backoff.demo.client;

import dev.backoff.demo.upstream.UpstreamServices.Payload;
import dev.backoff.demo.upstream.UpstreamServices.Resource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The upstream services through a REST client with a short read timeout
 * ({@code quarkus.rest-client.slow-upstream.read-timeout}): an answer that takes longer throws
 * {@link jakarta.ws.rs.ProcessingException}, Python's {@code requests.exceptions.Timeout}.
 */
@RegisterRestClient(configKey = "slow-upstream")
@Path("/upstream")
public interface SlowUpstream {

    @GET
    @Path("/slow/{run}")
    Payload slow(@PathParam("run") String run, @QueryParam("slow") int slow);

    @GET
    @Path("/composite/{run}")
    Resource composite(@PathParam("run") String run, @QueryParam("script") String script);
}
