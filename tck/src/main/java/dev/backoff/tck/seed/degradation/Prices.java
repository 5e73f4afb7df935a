package dev.backoff.tck.seed.degradation;

import dev.backoff.tck.seed.fakes.RequestException;
import dev.backoff.tck.seed.fakes.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

// region example
@ApplicationScoped
public class Prices {

    @Inject
    OptionalApi api;

    @Inject
    PriceCache cache;

    public Response current(String primaryUrl) throws RequestException {
        Response result = api.optionalApiCall(primaryUrl);
        if (result == null) {
            result = cache.getFromCache();
        }
        return result;
    }
}
// endregion
