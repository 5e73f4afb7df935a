package dev.backoff.demo.scenario;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import dev.backoff.WaitFunction;
import dev.backoff.demo.client.HttpReply;
import dev.backoff.demo.client.RawUpstream;
import dev.backoff.demo.client.Upstream;
import dev.backoff.demo.upstream.UpstreamServices.Payload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;

/**
 * The seed's "HTTP/API Calls" examples. Python's {@code requests.exceptions.RequestException} is, with the Quarkus
 * REST client, {@link WebApplicationException} (an error status) or {@link ProcessingException} (no answer). The
 * waits are in milliseconds so that a person watching the page sees the whole timeline in a second or two.
 */
@ApplicationScoped
public class HttpExamples {

    @Inject
    @RestClient
    Upstream upstream;

    @Inject
    @RestClient
    RawUpstream raw;

    /** Basic API Retry: {@code @backoff.on_exception(backoff.expo, RequestException, max_time=60)}. */
    @Backoff(name = "fetch-data", on = {WebApplicationException.class, ProcessingException.class},
            factor = 100, maxTime = 60_000, unit = ChronoUnit.MILLIS)
    public Payload fetchData(String run, int failures) {
        return upstream.flaky(run, failures);
    }

    /**
     * Rate Limiting with Retry-After: {@code on_predicate(backoff.runtime, predicate=429, value=Retry-After,
     * jitter=None, max_tries=10)}.
     */
    @Backoff(name = "rate-limited", strategy = Wait.RUNTIME, retryIf = TooManyRequests.class,
            waitFrom = RetryAfter.class, jitter = Jitter.NONE, maxTries = 10)
    public HttpReply rateLimitedApiCall(String run, int limited) {
        return HttpReply.of(raw.limited(run, limited));
    }

    /**
     * Conditional Retry on Status Codes: {@code on_predicate(backoff.expo, should_retry, max_time=120)}; a 4xx other
     * than 429 is raised, and so not retried (only a predicate is given, so exceptions are not retried).
     */
    @Backoff(name = "resilient", retryIf = ShouldRetry.class, factor = 100, maxTime = 120_000,
            unit = ChronoUnit.MILLIS)
    public HttpReply resilientApiCall(String run, String codes) {
        HttpReply reply = HttpReply.of(raw.status(run, codes));
        if (reply.status() >= 400 && reply.status() < 500 && reply.status() != 429) {
            throw new WebApplicationException("client error: " + reply, reply.status()); // don't retry client errors
        }
        return reply;
    }

    /** {@code lambda r: r.status_code == 429}. */
    public static class TooManyRequests implements Predicate<HttpReply> {
        @Override
        public boolean test(HttpReply reply) {
            return reply.status() == 429;
        }
    }

    /** {@code lambda r: int(r.headers.get("Retry-After", 1))}, in seconds as HTTP says. */
    public static class RetryAfter implements WaitFunction {
        @Override
        public Duration waitFor(Object outcome) {
            String header = outcome instanceof HttpReply reply ? reply.retryAfter() : null;
            return Duration.ofSeconds(header == null ? 1 : Long.parseLong(header.trim()));
        }
    }

    /** Retry on 5xx and 429, but not 4xx. */
    public static class ShouldRetry implements Predicate<HttpReply> {
        @Override
        public boolean test(HttpReply reply) {
            return reply.status() >= 500 || reply.status() == 429;
        }
    }
}
