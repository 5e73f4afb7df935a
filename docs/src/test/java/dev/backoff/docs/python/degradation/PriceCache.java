package dev.backoff.docs.python.degradation;

import dev.backoff.docs.fakes.Response;
import jakarta.enterprise.context.ApplicationScoped;

/** The fallback: what was last fetched. */
@ApplicationScoped
public class PriceCache {

    private final Response cached = Response.status(200).withHeader("X-Cache", "HIT");

    public Response getFromCache() {
        return cached;
    }
}
