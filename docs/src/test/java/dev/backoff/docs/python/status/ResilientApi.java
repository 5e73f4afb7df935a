package dev.backoff.docs.python.status;

import dev.backoff.Backoff;
import dev.backoff.docs.fakes.HttpClient;
import dev.backoff.docs.fakes.RequestException;
import dev.backoff.docs.fakes.Response;
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
