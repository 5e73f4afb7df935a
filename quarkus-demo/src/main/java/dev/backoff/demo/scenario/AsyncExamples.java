package dev.backoff.demo.scenario;

import dev.backoff.Backoff;
import dev.backoff.demo.client.Upstream;
import dev.backoff.demo.timeline.Lane;
import dev.backoff.demo.upstream.UpstreamServices.Payload;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletionStage;

/**
 * The seed's "Async/Await" HTTP examples: no thread blocks or sleeps while a retry waits. A method returning
 * {@link CompletionStage} is retried through the library's scheduler; one returning {@link Uni} by re-subscription.
 */
@ApplicationScoped
public class AsyncExamples {

    @Inject
    @RestClient
    Upstream upstream;

    /** Async HTTP Client: {@code @backoff.on_exception(backoff.expo, aiohttp.ClientError, max_time=60)}. */
    @Backoff(name = "fetch-async", on = {WebApplicationException.class, ProcessingException.class},
            factor = 100, maxTime = 60_000, unit = ChronoUnit.MILLIS)
    public CompletionStage<Payload> fetchAsync(String run, int failures) {
        return upstream.flakyAsync(run, failures);
    }

    /**
     * Multiple Async Tasks with Individual Retries: {@code @backoff.on_exception(backoff.expo, ClientError,
     * max_tries=3)}, one retry loop per task.
     */
    @Backoff(name = "fetch-with-retry", on = {WebApplicationException.class, ProcessingException.class},
            factor = 100, maxTries = 3, unit = ChronoUnit.MILLIS)
    public Uni<Payload> fetchWithRetry(String run, Lane url, int failures) {
        return upstream.flakyUni(run + "-" + url.name(), failures);
    }
}
