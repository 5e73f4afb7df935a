package dev.backoff.servers.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A flaky service: for each id, the first {@code failures} requests get 503, the next ones 200. */
@Path("/flaky")
@ApplicationScoped
public class FlakyResource {

    private final ConcurrentMap<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_PLAIN)
    public Response get(@PathParam("id") String id, @QueryParam("failures") int failures) {
        int request = requests.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
        if (request <= failures) {
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .entity("request " + request + " fails on purpose").build();
        }
        return Response.ok("ok").build();
    }

    /** How many requests for {@code id} arrived. */
    public int requests(String id) {
        AtomicInteger count = requests.get(id);
        return count == null ? 0 : count.get();
    }
}
