package dev.backoff.tck.seed.combining;

import dev.backoff.Backoff;
import dev.backoff.Wait;
import dev.backoff.tck.seed.fakes.HttpClient;
import dev.backoff.tck.seed.fakes.HttpError;
import dev.backoff.tck.seed.fakes.RequestException;
import dev.backoff.tck.seed.fakes.Timeout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

// region example
@ApplicationScoped
public class ReportClient {

    @Inject
    HttpClient http;

    @Backoff(name = "notReady", retryIf = IsNull.class, strategy = Wait.FIBO, maxValue = 13)
    @Backoff(name = "httpErrors", on = HttpError.class, giveup = IsClientError.class, maxTime = 60)
    @Backoff(name = "timeouts", on = Timeout.class, maxTries = 3)
    public Map<String, Object> comprehensiveRetry(String url) throws RequestException {
        Map<String, Object> data = http.get(url).raiseForStatus().json();
        return Boolean.TRUE.equals(data.get("ready")) ? data : null;
    }
}
// endregion
