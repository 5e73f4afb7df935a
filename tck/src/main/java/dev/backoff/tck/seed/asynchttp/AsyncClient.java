package dev.backoff.tck.seed.asynchttp;

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
public class AsyncClient {

    @Inject
    HttpClient http;

    @Backoff(on = RequestException.class, maxTime = 60)
    public CompletionStage<Map<String, Object>> fetchAsync(String url) {
        return http.getAsync(url).thenApply(Response::json);
    }
}
// endregion
