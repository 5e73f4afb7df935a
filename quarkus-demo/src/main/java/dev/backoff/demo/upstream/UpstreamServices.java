package dev.backoff.demo.upstream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/**
 * The upstream services the demo's clients call, in the same application on their own paths. Each keeps its state
 * per run (the {@code run} path segment), so that every run of a scenario meets the same behaviour from the start:
 * a service that fails N times then answers, one that answers 429 with {@code Retry-After}, a job that completes
 * after some polls, a queue that fills later, a slow resource, a throttling store.
 */
@Path("/upstream")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class UpstreamServices {

    @Inject
    UpstreamState state;

    /** Fails {@code failures} times with {@code status}, then answers 200. */
    @GET
    @Path("/flaky/{run}")
    public Response flaky(@PathParam("run") String run, @QueryParam("failures") @DefaultValue("2") int failures,
                          @QueryParam("status") @DefaultValue("503") int status) {
        int call = state.next("flaky", run);
        if (call <= failures) {
            return Response.status(status).entity(Map.of("error", "unavailable", "call", call)).build();
        }
        return Response.ok(new Payload(run, "payload of " + run, call)).build();
    }

    /** Answers 429 with {@code Retry-After: seconds} the first {@code limited} calls, then 200. */
    @GET
    @Path("/limited/{run}")
    public Response limited(@PathParam("run") String run, @QueryParam("limited") @DefaultValue("2") int limited,
                            @QueryParam("retryAfter") @DefaultValue("1") int retryAfter) {
        int call = state.next("limited", run);
        if (call <= limited) {
            return Response.status(429).header("Retry-After", retryAfter)
                    .entity(Map.of("error", "too many requests", "call", call)).build();
        }
        return Response.ok(new Payload(run, "rate-limited data", call)).build();
    }

    /** Answers the status codes of {@code codes} in turn, the last one forever after. */
    @GET
    @Path("/status/{run}")
    public Response status(@PathParam("run") String run, @QueryParam("codes") @DefaultValue("503,500,200") String codes) {
        int call = state.next("status", run);
        String[] all = codes.split(",");
        int code = Integer.parseInt(all[Math.min(call, all.length) - 1].trim());
        return Response.status(code).entity(new Payload(run, "status " + code, call)).build();
    }

    /** A job that is {@code running} until its {@code polls}-th poll, {@code complete} from then on. */
    @GET
    @Path("/jobs/{run}")
    public Job job(@PathParam("run") String run, @QueryParam("polls") @DefaultValue("4") int polls) {
        int call = state.next("jobs", run);
        return new Job(run, call >= polls ? "complete" : "running", call);
    }

    /** A resource that does not exist (404) until its {@code after}-th look, then exists and is ready. */
    @GET
    @Path("/resources/{run}")
    public Response resource(@PathParam("run") String run, @QueryParam("after") @DefaultValue("4") int after) {
        int call = state.next("resources", run);
        if (call < after) {
            return Response.status(404).entity(Map.of("error", "no resource " + run + " yet", "call", call)).build();
        }
        return Response.ok(new Resource(run, true, call)).build();
    }

    /**
     * A queue that is empty until a producer publishes to it; here the producer is slower than the consumer and
     * publishes two messages just before the {@code after}-th receive.
     */
    @GET
    @Path("/queue/{run}")
    public List<String> receive(@PathParam("run") String run, @QueryParam("after") @DefaultValue("4") int after) {
        int call = state.next("queue", run);
        return call < after ? List.of() : List.of(run + ":order-1", run + ":order-2");
    }

    /** Takes {@code delayMs} to answer the first {@code slow} calls, then answers at once. */
    @GET
    @Path("/slow/{run}")
    public Payload slow(@PathParam("run") String run, @QueryParam("slow") @DefaultValue("2") int slow,
                        @QueryParam("delayMs") @DefaultValue("1000") long delayMs) throws InterruptedException {
        int call = state.next("slow", run);
        if (call <= slow) {
            Thread.sleep(delayMs);
        }
        return new Payload(run, "slow resource", call);
    }

    /**
     * A throttling object store: the first {@code throttled} writes are refused with {@code status} and the error
     * code {@code code} in the body (as S3's {@code SlowDown} or DynamoDB's
     * {@code ProvisionedThroughputExceededException}), then writes are stored. {@code code=AccessDenied} refuses
     * every write with 403.
     */
    @PUT
    @Path("/store/{run}/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("run") String run, @PathParam("key") String key, String body,
                        @QueryParam("throttled") @DefaultValue("2") int throttled,
                        @QueryParam("code") @DefaultValue("SlowDown") String code,
                        @QueryParam("status") @DefaultValue("503") int status) {
        int call = state.next("store", run);
        if ("AccessDenied".equals(code)) {
            return Response.status(403).entity(new StoreError(code, "Access Denied")).build();
        }
        if (call <= throttled) {
            return Response.status(status).entity(new StoreError(code, "Please reduce your request rate.")).build();
        }
        return Response.ok(Map.of("stored", key, "bytes", body == null ? 0 : body.length(), "call", call)).build();
    }

    /**
     * Follows a script, one step per call: {@code slow} (takes {@code delayMs}), a status code such as {@code 503},
     * {@code notready} (200 with {@code ready=false}), {@code ready}; the last step repeats.
     */
    @GET
    @Path("/composite/{run}")
    public Response composite(@PathParam("run") String run,
                              @QueryParam("script") @DefaultValue("slow,503,notready,ready") String script,
                              @QueryParam("delayMs") @DefaultValue("1000") long delayMs) throws InterruptedException {
        int call = state.next("composite", run);
        String[] steps = script.split(",");
        String step = steps[Math.min(call, steps.length) - 1].trim();
        switch (step) {
            case "slow" -> {
                Thread.sleep(delayMs);
                return Response.ok(new Resource(run, true, call)).build();
            }
            case "notready" -> {
                return Response.ok(new Resource(run, false, call)).build();
            }
            case "ready" -> {
                return Response.ok(new Resource(run, true, call)).build();
            }
            default -> {
                return Response.status(Integer.parseInt(step)).entity(Map.of("error", "status " + step)).build();
            }
        }
    }

    /** How many calls a service got for a run. */
    @GET
    @Path("/calls/{service}/{run}")
    public int calls(@PathParam("service") String service, @PathParam("run") String run) {
        return state.calls(service, run);
    }

    public record Payload(String run, String data, int call) {
    }

    public record Job(String id, String status, int polls) {
    }

    public record Resource(String id, boolean ready, int call) {
    }

    public record StoreError(String code, String message) {
    }
}
