package dev.backoff.tck.seed;

import dev.backoff.Backoff;
import dev.backoff.Wait;
import dev.backoff.event.BackoffEvent;
import dev.backoff.spi.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

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
 * Default (full) jitter, as in the example: each wait is in {@code [0, 5]} seconds.
 */
@Spec("seed: Poll for Job Completion")
@Deploy({PollForJobCompletionTest.JobWatcher.class, PollForJobCompletionTest.JobApi.class, EventLog.class})
class PollForJobCompletionTest {

    @Inject
    JobWatcher watcher;

    @Inject
    JobApi api;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    /** The job as {@code GET /api/jobs/{id}} returns it. */
    public record Job(String id, String status) {
    }

    /** {@code lambda job: job["status"] != "complete"} */
    public static class NotComplete implements Predicate<Job> {
        @Override
        public boolean test(Job job) {
            return !"complete".equals(job.status());
        }
    }

    /** The jobs API: each GET plays the next step of the script. */
    @ApplicationScoped
    public static class JobApi {
        private final Script<Job, RuntimeException> script = new Script<>();
        private final List<String> paths = new CopyOnWriteArrayList<>();

        public Script<Job, RuntimeException> script() {
            return script;
        }

        public List<String> paths() {
            return List.copyOf(paths);
        }

        public Job get(String path) {
            paths.add(path);
            return script.next();
        }
    }

    @ApplicationScoped
    public static class JobWatcher {

        @Inject
        JobApi api;

        @Backoff(retryIf = NotComplete.class, strategy = Wait.CONSTANT, interval = 5, maxTime = 600)
        public Job waitForJob(String jobId) {
            return api.get("/api/jobs/" + jobId);
        }
    }

    @Test
    void pollsEveryFiveSecondsAtMostUntilTheJobIsComplete() {
        Job complete = new Job("job-42", "complete");
        api.script()
                .thenReturn(new Job("job-42", "pending"))
                .thenReturn(new Job("job-42", "running"))
                .thenReturn(new Job("job-42", "running"))
                .thenReturn(complete);

        assertThat(watcher.waitForJob("job-42")).isSameAs(complete);

        assertThat(api.paths()).containsOnly("/api/jobs/job-42").hasSize(4);
        assertFullJitter(time.waits(), 5, 5, 5);
        assertThat(events.backoffs()).extracting(BackoffEvent::value)
                .containsExactly(api.script().outcome(1), api.script().outcome(2), api.script().outcome(3));
    }

    @Test
    void afterTenMinutesReturnsTheJobAsItLastWas() {
        api.script().thenAlwaysReturn(n -> new Job("job-7", "running"));

        Job result = watcher.waitForJob("job-7");

        assertThat(result).isSameAs(api.script().lastOutcome());
        List<BackoffEvent> backoffs = events.backoffs();
        assertThat(api.script().calls()).isEqualTo(backoffs.size() + 1)
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
        UncheckedIOException down = new UncheckedIOException(new IOException("connection reset"));
        api.script().thenReturn(new Job("job-1", "pending")).thenAlwaysReturn(n -> {
            throw down;
        });

        Throwable thrown = catchThrowable(() -> watcher.waitForJob("job-1"));

        assertThat(thrown).isSameAs(down);
        assertThat(api.paths()).hasSize(2);
        assertFullJitter(time.waits(), 5);
    }
}
