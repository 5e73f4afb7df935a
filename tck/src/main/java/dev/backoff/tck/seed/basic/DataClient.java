package dev.backoff.tck.seed.basic;

import dev.backoff.Backoff;
import dev.backoff.tck.seed.fakes.HttpClient;
import dev.backoff.tck.seed.fakes.RequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

// region example
@ApplicationScoped
public class DataClient {

    @Inject
    HttpClient http;

    @Backoff(on = RequestException.class, maxTime = 60)
    public Map<String, Object> fetchData(String url) throws RequestException {
        return http.get(url).raiseForStatus().json();
    }
}
// endregion
