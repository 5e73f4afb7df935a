package dev.backoff.tck.seed.polljob;

import dev.backoff.Backoff;
import dev.backoff.Wait;
import dev.backoff.tck.seed.fakes.HttpClient;
import dev.backoff.tck.seed.fakes.RequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

// region example
@ApplicationScoped
public class JobWatcher {

    @Inject
    HttpClient http;

    @Backoff(retryIf = NotComplete.class, strategy = Wait.CONSTANT, interval = 5, maxTime = 600)
    public Map<String, Object> waitForJob(String jobId) throws RequestException {
        return http.get("/api/jobs/" + jobId).json();
    }
}
// endregion
