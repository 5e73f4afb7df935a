package dev.backoff.tck.seed;

import dev.backoff.event.BackoffEvent;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.seed.fakes.ConnectionError;
import dev.backoff.tck.seed.fakes.HttpClient;
import dev.backoff.tck.seed.fakes.RequestException;
import dev.backoff.tck.seed.fakes.Response;
import dev.backoff.tck.seed.polljob.JobWatcher;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.backoff.tck.seed.WaitAssertions.assertElapsedIsTheSumOfEarlierWaits;
import static dev.backoff.tck.seed.WaitAssertions.assertFullJitter;
import static dev.backoff.tck.seed.WaitAssertions.assertFullJitterUnderMaxTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Seed example "Poll for Job Completion":
 * <pre>
 * &#64;backoff.on_predicate(backoff.constant, lambda job: job["status"] != "complete", interval=5, max_time=600)
 * def wait_for_job(job_id):
 *     response = requests.get(f"/api/jobs/{job_id}")
 *     return response.json()
 * </pre>
 * As {@link JobWatcher}, with {@link dev.backoff.tck.seed.polljob.NotComplete}. Default (full) jitter, as in the
 * example: each wait is in {@code [0, 5]} seconds.
 */
@Spec("seed: Poll for Job Completion")
@Deploy({JobWatcher.class, HttpClient.class, EventLog.class})
class PollForJobCompletionTest {

    @Inject
    JobWatcher watcher;

    @Inject
    HttpClient http;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    private static Response job(String id, String status) {
        return Response.ok(Map.of("id", id, "status", status));
    }

    /** The JSON of the response of request {@code n}. */
    private Map<String, Object> json(int n) {
        return ((Response) http.script().outcome(n)).json();
    }

    @Test
    void pollsEveryFiveSecondsAtMostUntilTheJobIsComplete() throws RequestException {
        Response complete = job("job-42", "complete");
        http.script()
                .thenReturn(job("job-42", "pending"))
                .thenReturn(job("job-42", "running"))
                .thenReturn(job("job-42", "running"))
                .thenReturn(complete);

        assertThat(watcher.waitForJob("job-42")).isSameAs(complete.json());

        assertThat(http.urls()).containsOnly("/api/jobs/job-42").hasSize(4);
        assertFullJitter(time.waits(), 5, 5, 5);
        assertThat(events.backoffs()).extracting(BackoffEvent::value).containsExactly(json(1), json(2), json(3));
    }

    @Test
    void afterTenMinutesReturnsTheJobAsItLastWas() throws RequestException {
        http.script().thenAlwaysReturn(n -> job("job-7", "running"));

        Map<String, Object> result = watcher.waitForJob("job-7");

        assertThat(result).isSameAs(json(http.calls()));
        List<BackoffEvent> backoffs = events.backoffs();
        assertThat(http.calls()).isEqualTo(backoffs.size() + 1)
                .isGreaterThanOrEqualTo(121); // 600 s of waits of 5 s at most
        assertFullJitterUnderMaxTime(backoffs, n -> 5, Duration.ofSeconds(600));
        assertElapsedIsTheSumOfEarlierWaits(backoffs);
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(600));
        assertThat(events.giveups()).singleElement().satisfies(g -> {
            assertThat(g.value()).isSameAs(result);
            assertThat(g.elapsed()).isEqualTo(Duration.ofSeconds(600));
        });
    }

    @Test
    void aFailingRequestIsNotRetriedByTheStatusPredicate() {
        ConnectionError down = new ConnectionError("connection reset");
        http.script().thenReturn(job("job-1", "pending")).thenAlwaysThrow(n -> down);

        Throwable thrown = catchThrowable(() -> watcher.waitForJob("job-1"));

        assertThat(thrown).isSameAs(down);
        assertThat(http.urls()).hasSize(2);
        assertFullJitter(time.waits(), 5);
    }
}
