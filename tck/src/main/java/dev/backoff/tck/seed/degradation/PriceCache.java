package dev.backoff.tck.seed.degradation;

import dev.backoff.tck.seed.fakes.Response;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicInteger;

/** The fallback: what was last fetched. It counts its reads. */
@ApplicationScoped
public class PriceCache {

    private final Response cached = Response.status(200).withHeader("X-Cache", "HIT");
    private final AtomicInteger reads = new AtomicInteger();

    public Response getFromCache() {
        reads.incrementAndGet();
        return cached;
    }

    public int reads() {
        return reads.get();
    }

    /** What the cache holds, without reading it. */
    public Response cached() {
        return cached;
    }
}
