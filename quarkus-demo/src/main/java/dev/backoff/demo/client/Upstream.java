package dev.backoff.demo.client;

import dev.backoff.demo.upstream.UpstreamServices.Job;
import dev.backoff.demo.upstream.UpstreamServices.Payload;
import dev.backoff.demo.upstream.UpstreamServices.Resource;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The upstream services through the Quarkus REST client. An answer of 400 or more throws
 * {@link jakarta.ws.rs.WebApplicationException} (the MicroProfile default mapper); a timeout or a refused connection
 * throws {@link jakarta.ws.rs.ProcessingException}. The slow resource has its own client, {@link SlowUpstream}.
 */
@RegisterRestClient(configKey = "upstream")
@Path("/upstream")
public interface Upstream {

    @GET
    @Path("/flaky/{run}")
    Payload flaky(@PathParam("run") String run, @QueryParam("failures") int failures);

    @GET
    @Path("/flaky/{run}")
    CompletionStage<Payload> flakyAsync(@PathParam("run") String run, @QueryParam("failures") int failures);

    @GET
    @Path("/flaky/{run}")
    Uni<Payload> flakyUni(@PathParam("run") String run, @QueryParam("failures") int failures);

    @GET
    @Path("/limited/{run}")
    Payload limited(@PathParam("run") String run, @QueryParam("limited") int limited);

    @GET
    @Path("/jobs/{run}")
    Job job(@PathParam("run") String run, @QueryParam("polls") int polls);

    @GET
    @Path("/resources/{run}")
    Resource resource(@PathParam("run") String run, @QueryParam("after") int after);

    @GET
    @Path("/queue/{run}")
    List<String> receive(@PathParam("run") String run, @QueryParam("after") int after);

    @PUT
    @Path("/store/{run}/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    String put(@PathParam("run") String run, @PathParam("key") String key, @QueryParam("throttled") int throttled,
               @QueryParam("code") String code, @QueryParam("status") int status, String body);
}
