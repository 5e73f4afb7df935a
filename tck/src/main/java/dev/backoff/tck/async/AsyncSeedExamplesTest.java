package dev.backoff.tck.async;

import dev.backoff.event.BackoffEvent;
import dev.backoff.event.SuccessEvent;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.seed.EventLog;
import dev.backoff.tck.seed.asyncdb.Pool;
import dev.backoff.tck.seed.asyncdb.PostgresError;
import dev.backoff.tck.seed.asyncdb.Queries;
import dev.backoff.tck.seed.asynchttp.AsyncClient;
import dev.backoff.tck.seed.fakes.ConnectionError;
import dev.backoff.tck.seed.fakes.HttpClient;
import dev.backoff.tck.seed.fakes.Response;
import dev.backoff.tck.seed.gather.Gatherer;
import dev.backoff.tck.seed.gather.JsonClient;
import dev.backoff.tck.support.Threads;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static dev.backoff.tck.seed.WaitAssertions.assertFullJitterOfExpo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The async examples of the Python docs: an async HTTP client ({@link AsyncClient}, {@code max_time=60}), an async
 * database query ({@link Queries}, {@code max_tries=5}), and many tasks each with its own retries gathered together
 * ({@link Gatherer} calling {@link JsonClient}, {@code max_tries=3}, {@code return_exceptions=True}).
 */
@Spec("3.1")
@Deploy({AsyncClient.class, Queries.class, JsonClient.class, Gatherer.class, HttpClient.class, EventLog.class})
class AsyncSeedExamplesTest {

    @Inject
    AsyncClient client;

    @Inject
    Queries queries;

    @Inject
    Gatherer gatherer;

    @Inject
    HttpClient http;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    @Test
    @Spec({"seed: Async HTTP Client", "1", "2.5", "3.1"})
    void asyncHttpClientRetriesClientErrorsUntilItGetsTheDocument() {
        Map<String, Object> document = Map.of("url", "https://api/a");
        http.script()
                .thenThrow(4, n -> new ConnectionError("https://api/a refused, attempt " + n))
                .thenReturn(Response.ok(document));

        Map<String, Object> json = client.fetchAsync("https://api/a").toCompletableFuture().join();

        assertThat(json).isSameAs(document);
        assertThat(http.calls()).isEqualTo(5);
        assertFullJitterOfExpo(time.waits(), 4);
    }

    @Test
    @Spec({"seed: Async Database Operations", "2.4", "2.7", "3.1"})
    void asyncDatabaseQueryGivesUpAfterFiveTriesWithTheLastError() {
        Pool pool = new Pool();
        pool.script().thenAlwaysThrow(n -> new PostgresError("deadlock " + n));

        CompletableFuture<List<String>> rows = queries.queryAsync(pool, "select 1").toCompletableFuture();

        assertThat(rows).isCompletedExceptionally();
        assertThat(rows.handle((value, error) -> error).join())
                .isSameAs(pool.script().outcome(5)).hasMessage("deadlock 5");
        assertThat(pool.script().calls()).isEqualTo(5);
        assertFullJitterOfExpo(time.waits(), 4);
    }

    @Test
    @Spec({"seed: Multiple Async Tasks with Individual Retries", "2.1", "2.7", "3.1"})
    void aThousandTasksGatheredTogetherEachGetTheirOwnRetries() {
        int idleThreads = Threads.live();
        time.holdScheduledTasks();
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String url = "https://api/" + i;
            urls.add(url);
            http.script(url) // 0 to 3 failures; 3 exhausts max_tries=3
                    .thenThrow(i % 4, n -> new ConnectionError(url + " refused, attempt " + n))
                    .thenReturn(Response.ok(Map.of("url", url)));
        }

        CompletableFuture<List<Object>> gathered = gatherer.fetchAll(urls);

        // every first attempt is made before fetchAll returns: the calls without a failure are done, each of the
        // others waits for its retry, holding no thread
        assertThat(gathered).isNotDone();
        for (int i = 0; i < 1000; i++) {
            String url = urls.get(i);
            assertThat(http.script(url).calls()).as("tries of %s before any wait", url).isEqualTo(1);
            assertThat(successes(url)).as("successes of %s before any wait", url).hasSize(i % 4 == 0 ? 1 : 0);
            assertThat(backoffs(url)).as("backoffs of %s before any wait", url).hasSize(i % 4 == 0 ? 0 : 1);
        }
        assertThat(Threads.live()).as("threads while 750 calls wait").isLessThanOrEqualTo(idleThreads);

        time.advance(Duration.ofSeconds(10)); // past any two full-jitter waits: at most 1 s + 2 s
        assertThat(gathered).isDone();
        List<Object> results = gathered.join();

        for (int i = 0; i < 1000; i++) {
            String url = urls.get(i);
            int failures = i % 4;
            int tries = Math.min(failures + 1, 3);
            assertThat(http.script(url).calls()).as("tries of %s", url).isEqualTo(tries);
            assertFullJitterOfExpo(backoffs(url).stream().map(BackoffEvent::waitTime).toList(), tries - 1);
            if (failures < 3) {
                assertThat(results.get(i)).isSameAs(((Response) http.script(url).lastOutcome()).json());
            } else {
                assertThat(results.get(i)).isInstanceOf(ConnectionError.class)
                        .isSameAs(http.script(url).lastOutcome());
            }
        }
        assertThat(Threads.live()).isLessThanOrEqualTo(idleThreads);
    }

    private List<BackoffEvent> backoffs(String url) {
        return events.backoffs().stream().filter(e -> e.args().get(0).equals(url)).toList();
    }

    private List<SuccessEvent> successes(String url) {
        return events.successes().stream().filter(e -> e.args().get(0).equals(url)).toList();
    }
}
