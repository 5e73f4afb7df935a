package dev.backoff.tck.seed.degradation;

import dev.backoff.Backoff;
import dev.backoff.tck.seed.fakes.HttpClient;
import dev.backoff.tck.seed.fakes.RequestException;
import dev.backoff.tck.seed.fakes.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

// region example
@ApplicationScoped
public class OptionalApi {

    @Inject
    HttpClient http;

    @Backoff(on = RequestException.class, maxTries = 3, raiseOnGiveup = false)
    public Response optionalApiCall(String url) throws RequestException {
        return http.get(url);
    }
}
// endregion
