package dev.backoff.tck.seed.gather;

import dev.backoff.Backoff;
import dev.backoff.tck.seed.fakes.HttpClient;
import dev.backoff.tck.seed.fakes.RequestException;
import dev.backoff.tck.seed.fakes.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.CompletionStage;

// region example
@ApplicationScoped
public class JsonClient {

    @Inject
    HttpClient http;

    @Backoff(on = RequestException.class, maxTries = 3)
    public CompletionStage<Map<String, Object>> fetchWithRetry(String url) {
        return http.getAsync(url).thenApply(Response::json);
    }
}
// endregion
