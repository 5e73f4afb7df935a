package dev.backoff.demo.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The upstream services through a REST client that returns every answer as it is, error statuses included (its
 * default exception mapper is off: {@code quarkus.rest-client.raw-upstream.disable-default-mapper=true}), for the
 * examples that look at the status code themselves.
 */
@RegisterRestClient(configKey = "raw-upstream")
@Path("/upstream")
public interface RawUpstream {

    @GET
    @Path("/limited/{run}")
    Response limited(@PathParam("run") String run, @QueryParam("limited") int limited);

    @GET
    @Path("/status/{run}")
    Response status(@PathParam("run") String run, @QueryParam("codes") String codes);
}
