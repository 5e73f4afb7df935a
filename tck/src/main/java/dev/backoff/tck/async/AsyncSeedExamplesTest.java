package dev.backoff.tck.async;

import dev.backoff.Backoff;
import dev.backoff.BackoffListener;
import dev.backoff.event.BackoffEvent;
import dev.backoff.spi.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.support.Threads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The async examples of the Python docs: an async HTTP client ({@code max_time=60}), an async database query
 * ({@code max_tries=5}), and many tasks each with its own retries gathered together ({@code max_tries=3},
 * {@code return_exceptions=True}).
 */
@Spec("3.1")
@Deploy({AsyncSeedExamplesTest.Transport.class, AsyncSeedExamplesTest.AsyncHttpClient.class, AsyncSeedExamplesTest.AsyncDatabase.class, AsyncSeedExamplesTest.WaitLog.class})
class AsyncSeedExamplesTest {

    @Inject
    Transport transport;

    @Inject
    AsyncHttpClient client;

    @Inject
    AsyncDatabase database;

    @Inject
    WaitLog waitLog;

    @Inject
    VirtualTime time;

    @Test
    @Spec({"seed: Async HTTP Client", "1", "2.5", "3.1"})
    void asyncHttpClientRetriesClientErrorsUntilItGetsTheDocument() {
        transport.failFirst("https://api/a", 4);

        String json = client.fetchAsync("https://api/a").toCompletableFuture().join();

        assertThat(json).isEqualTo("{\"url\":\"https://api/a\"}");
        assertThat(transport.attempts("https://api/a")).isEqualTo(5);
        List<Duration> waits = time.waits();
        assertThat(waits).hasSize(4);
        for (int i = 0; i < waits.size(); i++) { // full jitter: uniform in [0, 2^i] seconds
            assertThat(waits.get(i)).isBetween(Duration.ZERO, Duration.ofSeconds(1L << i));
        }
    }

    @Test
    @Spec({"seed: Async Database Operations", "2.4", "2.7", "3.1"})
    void asyncDatabaseQueryGivesUpAfterFiveTriesWithTheLastError() {
        database.failFirst(10);

        CompletableFuture<List<String>> rows = database.queryAsync("select 1").toCompletableFuture();

        assertThat(rows).isCompletedExceptionally();
        assertThat(rows.handle((value, error) -> error).join())
                .isInstanceOf(PostgresError.class).hasMessage("deadlock 5");
        assertThat(database.attempts()).isEqualTo(5);
        assertThat(time.waits()).hasSize(4);
    }

    @Test
    @Spec({"seed: Multiple Async Tasks with Individual Retries", "1.2", "2.1", "2.7", "3.1"})
    void aThousandTasksGatheredTogetherEachGetTheirOwnRetries() {
        int idleThreads = Threads.live();
        time.holdScheduledTasks();
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String url = "https://api/" + i;
            urls.add(url);
            transport.failFirst(url, i % 4); // 0 to 3 failures; 3 exhausts max_tries=3
        }

        List<CompletableFuture<Object>> outcomes = urls.stream()
                .map(url -> client.fetchWithRetry(url).toCompletableFuture()
                        .handle((json, error) -> error == null ? (Object) json : error))
                .toList();
        for (int i = 0; i < 1000; i++) {
            assertThat(outcomes.get(i).isDone()).as("call %d done before any wait", i).isEqualTo(i % 4 == 0);
        }
        assertThat(Threads.live()).as("threads while 750 calls wait").isLessThanOrEqualTo(idleThreads);

        time.advance(Duration.ofSeconds(10)); // past any two full-jitter waits: at most 1 s + 2 s
        assertThat(outcomes).allMatch(CompletableFuture::isDone);
        List<Object> gathered = CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new))
                .thenApply(done -> outcomes.stream().map(CompletableFuture::join).toList()).join();

        for (int i = 0; i < 1000; i++) {
            String url = urls.get(i);
            int failures = i % 4;
            int tries = Math.min(failures + 1, 3);
            assertThat(transport.attempts(url)).as("tries of %s", url).isEqualTo(tries);
            assertThat(waitLog.waits(url)).as("waits of %s", url).hasSize(tries - 1)
                    .allSatisfy(wait -> assertThat(wait).isBetween(Duration.ZERO, Duration.ofSeconds(2)));
            if (failures < 3) {
                assertThat(gathered.get(i)).isEqualTo("{\"url\":\"" + url + "\"}");
            } else {
                assertThat(gathered.get(i)).isInstanceOf(ClientError.class)
                        .isSameAs(transport.lastError(url));
            }
        }
        assertThat(Threads.live()).isLessThanOrEqualTo(idleThreads);
    }

    /** aiohttp.ClientError */
    public static class ClientError extends RuntimeException {
        ClientError(String message) {
            super(message);
        }
    }

    /** asyncpg.PostgresError */
    public static class PostgresError extends RuntimeException {
        PostgresError(String message) {
            super(message);
        }
    }

    /** A fake network: each URL fails a scripted number of times, then answers. */
    @ApplicationScoped
    public static class Transport {
        private final Map<String, Integer> failures = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        private final Map<String, ClientError> lastError = new ConcurrentHashMap<>();

        void failFirst(String url, int n) {
            failures.put(url, n);
        }

        int attempts(String url) {
            return attempts.get(url).get();
        }

        ClientError lastError(String url) {
            return lastError.get(url);
        }

        CompletionStage<String> get(String url) {
            int attempt = attempts.computeIfAbsent(url, u -> new AtomicInteger()).incrementAndGet();
            if (attempt <= failures.getOrDefault(url, 0)) {
                ClientError error = new ClientError(url + " refused, attempt " + attempt);
                lastError.put(url, error);
                return CompletableFuture.failedFuture(error);
            }
            return CompletableFuture.completedFuture("{\"url\":\"" + url + "\"}");
        }
    }

    @ApplicationScoped
    public static class AsyncHttpClient {
        @Inject
        Transport transport;

        /** {@code @backoff.on_exception(backoff.expo, aiohttp.ClientError, max_time=60)} */
        @Backoff(on = ClientError.class, maxTime = 60)
        public CompletionStage<String> fetchAsync(String url) {
            return transport.get(url);
        }

        /** {@code @backoff.on_exception(backoff.expo, aiohttp.ClientError, max_tries=3)} */
        @Backoff(on = ClientError.class, maxTries = 3, listeners = WaitLog.class)
        public CompletionStage<String> fetchWithRetry(String url) {
            return transport.get(url);
        }
    }

    @ApplicationScoped
    public static class AsyncDatabase {
        private final AtomicInteger attempts = new AtomicInteger();
        private volatile int failures;

        void failFirst(int n) {
            failures = n;
        }

        int attempts() {
            return attempts.get();
        }

        /** {@code @backoff.on_exception(backoff.expo, asyncpg.PostgresError, max_tries=5)} */
        @Backoff(on = PostgresError.class, maxTries = 5)
        public CompletionStage<List<String>> queryAsync(String query) {
            int attempt = attempts.incrementAndGet();
            return attempt <= failures
                    ? CompletableFuture.failedFuture(new PostgresError("deadlock " + attempt))
                    : CompletableFuture.completedFuture(List.of(query + " -> 1"));
        }
    }

    /** Each call's waits, keyed by its URL argument. */
    @ApplicationScoped
    public static class WaitLog implements BackoffListener {
        private final Map<Object, List<Duration>> waits = new ConcurrentHashMap<>();

        List<Duration> waits(String url) {
            return waits.getOrDefault(url, List.of());
        }

        @Override
        public void onBackoff(BackoffEvent event) {
            waits.computeIfAbsent(event.args().get(0), url -> new CopyOnWriteArrayList<>()).add(event.waitTime());
        }
    }
}
