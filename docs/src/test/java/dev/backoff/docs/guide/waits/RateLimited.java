package dev.backoff.docs.guide.waits;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import dev.backoff.tck.seed.fakes.HttpClient;
import dev.backoff.tck.seed.fakes.RequestException;
import dev.backoff.tck.seed.fakes.Response;
import dev.backoff.tck.seed.retryafter.IsTooManyRequests;
import dev.backoff.tck.seed.retryafter.RetryAfter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class RateLimited {

    @Inject
    HttpClient http;

    // region example
    @Backoff(strategy = Wait.RUNTIME, waitFrom = RetryAfter.class, retryIf = IsTooManyRequests.class,
            jitter = Jitter.NONE, maxTries = 10)
    public Response call(String url) throws RequestException {
        return http.get(url);
    }
    // endregion
}
