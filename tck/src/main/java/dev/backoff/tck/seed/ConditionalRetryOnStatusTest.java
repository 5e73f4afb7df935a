package dev.backoff.tck.seed;

import dev.backoff.event.BackoffEvent;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.seed.fakes.HttpClient;
import dev.backoff.tck.seed.fakes.HttpError;
import dev.backoff.tck.seed.fakes.RequestException;
import dev.backoff.tck.seed.fakes.Response;
import dev.backoff.tck.seed.status.ResilientApi;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.backoff.tck.seed.WaitAssertions.assertElapsedIsTheSumOfEarlierWaits;
import static dev.backoff.tck.seed.WaitAssertions.assertFullJitter;
import static dev.backoff.tck.seed.WaitAssertions.assertFullJitterUnderMaxTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Seed example "Conditional Retry on Status Codes":
 * <pre>
 * def should_retry(response):
 *     # Retry on 5xx and 429, but not 4xx
 *     return response.status_code >= 500 or response.status_code == 429
 *
 * &#64;backoff.on_predicate(backoff.expo, should_retry, max_time=120)
 * def resilient_api_call(url):
 *     response = requests.get(url)
 *     if 400 <= response.status_code < 500 and response.status_code != 429:
 *         response.raise_for_status()  # Don't retry client errors
 *     return response
 * </pre>
 * As {@link ResilientApi}, with {@link dev.backoff.tck.seed.status.ShouldRetry}. Default (full) jitter, as in the
 * example.
 */
@Spec("seed: Conditional Retry on Status Codes")
@Deploy({ResilientApi.class, HttpClient.class, EventLog.class})
class ConditionalRetryOnStatusTest {

    private static final String URL = "https://api.example.com/orders";

    @Inject
    ResilientApi api;

    @Inject
    HttpClient http;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    @Test
    void retriesServerErrorsAndTooManyRequestsUntilASuccess() throws RequestException {
        Response ok = Response.status(200);
        http.script()
                .thenReturn(Response.status(503))
                .thenReturn(Response.status(429))
                .thenReturn(Response.status(500))
                .thenReturn(ok);

        assertThat(api.resilientApiCall(URL)).isSameAs(ok);

        assertThat(http.calls()).isEqualTo(4);
        assertFullJitter(time.waits(), 1, 2, 4);
        assertThat(events.backoffs()).extracting(BackoffEvent::value)
                .containsExactly(http.script().outcome(1), http.script().outcome(2), http.script().outcome(3));
        assertThat(events.successes()).singleElement().satisfies(s -> assertThat(s.tries()).isEqualTo(4));
    }

    @Test
    void aClientErrorIsThrownAtOnceEvenAfterRetries() {
        Response notFound = Response.status(404);
        http.script().thenReturn(Response.status(502)).thenReturn(notFound);

        Throwable thrown = catchThrowable(() -> api.resilientApiCall(URL));

        assertThat(thrown).isInstanceOfSatisfying(HttpError.class, e -> assertThat(e.response()).isSameAs(notFound));
        assertThat(http.calls()).isEqualTo(2);
        assertFullJitter(time.waits(), 1);
        // an exception a value predicate does not handle leaves the loop as is: no give-up
        assertThat(events.giveups()).isEmpty();
    }

    @Test
    void afterTwoMinutesReturnsTheLastServerError() throws RequestException {
        http.script().thenAlwaysReturn(n -> Response.status(500 + n % 4));

        Response result = api.resilientApiCall(URL);

        assertThat(result).isSameAs(http.script().lastOutcome());
        List<BackoffEvent> backoffs = events.backoffs();
        assertThat(http.calls()).isEqualTo(backoffs.size() + 1);
        assertFullJitterUnderMaxTime(backoffs, n -> Math.pow(2, n), Duration.ofSeconds(120));
        assertElapsedIsTheSumOfEarlierWaits(backoffs);
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(120));
        assertThat(events.giveups()).singleElement().satisfies(g -> {
            assertThat(g.value()).isSameAs(result);
            assertThat(g.tries()).isEqualTo(http.calls());
            assertThat(g.elapsed()).isEqualTo(Duration.ofSeconds(120));
        });
    }

    @Test
    void aSuccessIsReturnedWithoutWaiting() throws RequestException {
        Response created = Response.status(201);
        http.script().thenReturn(created);

        assertThat(api.resilientApiCall(URL)).isSameAs(created);

        assertThat(http.calls()).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
    }
}
