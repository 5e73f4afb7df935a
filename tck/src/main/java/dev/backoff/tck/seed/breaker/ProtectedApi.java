package dev.backoff.tck.seed.breaker;

import dev.backoff.Backoff;
import dev.backoff.tck.seed.fakes.HttpClient;
import dev.backoff.tck.seed.fakes.RequestException;
import dev.backoff.tck.seed.fakes.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

// region example
@ApplicationScoped
public class ProtectedApi {

    @Inject
    CircuitBreaker circuitBreaker;

    @Inject
    HttpClient http;

    @Backoff(on = RequestException.class, giveup = CheckCircuit.class, maxTries = 5)
    public Response protectedApiCall(String url) throws RequestException {
        if (!circuitBreaker.shouldAttempt()) {
            throw new CircuitOpenException();
        }
        return http.get(url);
    }
}
// endregion
