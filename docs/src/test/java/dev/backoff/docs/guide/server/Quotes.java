package dev.backoff.docs.guide.server;

import dev.backoff.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

@ApplicationScoped
public class Quotes {

    @Inject
    Prices prices;

    // region example
    @Backoff(on = WebApplicationException.class, maxTime = 120)
    public double quote(String symbol) {
        return prices.quote(symbol); // a 429 or 503 with Retry-After: the server says how long to wait
    }
    // endregion

    @Backoff(on = Throttled.class, maxTries = 5)
    public double quoteElsewhere(String symbol) {
        return prices.quote(symbol);
    }
}
