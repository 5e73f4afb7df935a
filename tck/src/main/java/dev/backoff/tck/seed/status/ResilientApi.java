package dev.backoff.tck.seed.status;

import dev.backoff.Backoff;
import dev.backoff.tck.seed.fakes.HttpClient;
import dev.backoff.tck.seed.fakes.RequestException;
import dev.backoff.tck.seed.fakes.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

// region example
@ApplicationScoped
public class ResilientApi {

    @Inject
    HttpClient http;

    @Backoff(retryIf = ShouldRetry.class, maxTime = 120)
    public Response resilientApiCall(String url) throws RequestException {
        Response response = http.get(url);
        if (response.status() >= 400 && response.status() < 500 && response.status() != 429) {
            response.raiseForStatus(); // don't retry client errors
        }
        return response;
    }
}
// endregion
