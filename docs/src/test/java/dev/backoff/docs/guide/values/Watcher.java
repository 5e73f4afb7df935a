package dev.backoff.docs.guide.values;

import dev.backoff.Backoff;
import dev.backoff.Falsy;
import dev.backoff.Wait;
import dev.backoff.tck.seed.fakes.HttpClient;
import dev.backoff.tck.seed.fakes.RequestException;
import dev.backoff.tck.seed.fakes.Response;
import dev.backoff.tck.seed.status.ShouldRetry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

@ApplicationScoped
public class Watcher {

    @Inject
    Jobs jobs;

    @Inject
    HttpClient http;

    // region retryIf
    @Backoff(retryIf = IsRunning.class, strategy = Wait.CONSTANT, interval = 5, maxTime = 600)
    public Job awaitJob(String id) {
        return jobs.get(id);
    }
    // endregion

    // region falsy
    @Backoff(retryIf = Falsy.class, maxTries = 4)
    public List<String> nextMessages(String queue) {
        return jobs.poll(queue);
    }
    // endregion

    // region both
    @Backoff(on = RequestException.class, retryIf = ShouldRetry.class, maxTries = 5)
    public Response fetch(String url) throws RequestException {
        return http.get(url);
    }
    // endregion
}
