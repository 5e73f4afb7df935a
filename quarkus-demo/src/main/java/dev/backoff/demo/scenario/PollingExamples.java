package dev.backoff.demo.scenario;

import dev.backoff.Backoff;
import dev.backoff.Falsy;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import dev.backoff.demo.client.Upstream;
import dev.backoff.demo.upstream.UpstreamServices.Job;
import dev.backoff.demo.upstream.UpstreamServices.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;

/** The seed's "Polling and Resource Waiting" examples: the returned value decides whether to try again. */
@ApplicationScoped
public class PollingExamples {

    @Inject
    @RestClient
    Upstream upstream;

    /**
     * Poll for Job Completion: {@code @backoff.on_predicate(backoff.constant, lambda job: job["status"] !=
     * "complete", interval=5, max_time=600)}, here every 200 ms (full jitter, Python's default).
     */
    @Backoff(name = "wait-for-job", strategy = Wait.CONSTANT, retryIf = NotComplete.class, interval = 200,
            maxTime = 600_000, unit = ChronoUnit.MILLIS)
    public Job waitForJob(String run, int completesAtPoll) {
        return upstream.job(run, completesAtPoll);
    }

    /**
     * Wait for Resource Availability: {@code @backoff.on_predicate(backoff.fibo, lambda result: not result,
     * max_value=30, max_time=300)}: Fibonacci waits of 1, 1, 2, 3... seconds, capped at 2 here.
     */
    @Backoff(name = "wait-for-resource", strategy = Wait.FIBO, retryIf = Falsy.class, maxValue = 2, maxTime = 300)
    public Resource waitForResource(String run, int existsAt) {
        try {
            Resource resource = upstream.resource(run, existsAt);
            return resource.ready() ? resource : null;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return null; // ResourceNotFound
            }
            throw e;
        }
    }

    /**
     * Message Queue Polling: {@code @backoff.on_predicate(backoff.constant, lambda messages: len(messages) == 0,
     * interval=2, jitter=None)}, here every 250 ms.
     */
    @Backoff(name = "poll-queue", strategy = Wait.CONSTANT, retryIf = Falsy.class, interval = 250,
            jitter = Jitter.NONE, unit = ChronoUnit.MILLIS)
    public List<String> pollQueue(String run, int filledAt) {
        return upstream.receive(run, filledAt);
    }

    /** {@code lambda job: job["status"] != "complete"}. */
    public static class NotComplete implements Predicate<Job> {
        @Override
        public boolean test(Job job) {
            return !"complete".equals(job.status());
        }
    }
}
