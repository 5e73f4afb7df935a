package dev.backoff.docs.guide.exceptions;

import dev.backoff.Backoff;
import dev.backoff.tck.seed.combining.IsClientError;
import dev.backoff.tck.seed.fakes.ConnectionError;
import dev.backoff.tck.seed.fakes.HttpClient;
import dev.backoff.tck.seed.fakes.HttpError;
import dev.backoff.tck.seed.fakes.RequestException;
import dev.backoff.tck.seed.fakes.Response;
import dev.backoff.tck.seed.fakes.Timeout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class QuoteClient {

    @Inject
    HttpClient http;

    // region on
    @Backoff(on = {ConnectionError.class, Timeout.class}, maxTries = 5)
    public Response quote(String symbol) throws RequestException {
        return http.get("/quotes/" + symbol);
    }
    // endregion

    // region default
    @Backoff(maxTries = 3)
    public Response refresh(String symbol) throws RequestException {
        return http.get("/refresh/" + symbol);
    }
    // endregion

    // region abortOn
    @Backoff(on = RequestException.class, abortOn = HttpError.class, maxTries = 5)
    public Response history(String symbol) throws RequestException {
        return http.get("/history/" + symbol).raiseForStatus();
    }
    // endregion

    // region giveup
    @Backoff(on = RequestException.class, giveup = IsClientError.class, maxTries = 5)
    public Response profile(String symbol) throws RequestException {
        return http.get("/profiles/" + symbol).raiseForStatus();
    }
    // endregion
}
