package dev.backoff.docs.guide.async;

import dev.backoff.Backoff;
import dev.backoff.tck.seed.fakes.HttpClient;
import dev.backoff.tck.seed.fakes.RequestException;
import dev.backoff.tck.seed.fakes.Response;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.CompletionStage;

@ApplicationScoped
public class AsyncQuotes {

    @Inject
    HttpClient http;

    // region stage
    @Backoff(on = RequestException.class, maxTries = 5)
    public CompletionStage<Response> quote(String symbol) {
        return http.getAsync("/quotes/" + symbol);
    }
    // endregion

    // region uni
    @Backoff(on = RequestException.class, maxTries = 5)
    public Uni<Response> quoteUni(String symbol) {
        return Uni.createFrom().completionStage(() -> http.getAsync("/quotes/" + symbol));
    }
    // endregion
}
