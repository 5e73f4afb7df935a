package dev.backoff.tck.seed.retryafter;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import dev.backoff.tck.seed.fakes.HttpClient;
import dev.backoff.tck.seed.fakes.RequestException;
import dev.backoff.tck.seed.fakes.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

// region example
@ApplicationScoped
public class RateLimitedApi {

    @Inject
    HttpClient http;

    @Backoff(strategy = Wait.RUNTIME, retryIf = IsTooManyRequests.class, waitFrom = RetryAfter.class,
            jitter = Jitter.NONE, maxTries = 10)
    public Response rateLimitedApiCall(String endpoint) throws RequestException {
        return http.get(endpoint);
    }
}
// endregion
