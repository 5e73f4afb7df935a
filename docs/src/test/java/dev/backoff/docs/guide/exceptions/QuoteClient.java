package dev.backoff.docs.guide.exceptions;

import dev.backoff.Backoff;
import dev.backoff.docs.fakes.ConnectionError;
import dev.backoff.docs.fakes.HttpClient;
import dev.backoff.docs.fakes.HttpError;
import dev.backoff.docs.fakes.RequestException;
import dev.backoff.docs.fakes.Response;
import dev.backoff.docs.fakes.Timeout;
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
