package dev.backoff.tck.seed;

import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.seed.fakes.ConnectionError;
import dev.backoff.tck.seed.fakes.HttpClient;
import dev.backoff.tck.seed.fakes.RequestException;
import dev.backoff.tck.seed.fakes.Response;
import dev.backoff.tck.seed.retryafter.RateLimitedApi;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Collections;

import static dev.backoff.tck.seed.WaitAssertions.seconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Seed example "Rate Limiting with Retry-After":
 * <pre>
 * &#64;backoff.on_predicate(
 *     backoff.runtime,
 *     predicate=lambda r: r.status_code == 429,
 *     value=lambda r: int(r.headers.get("Retry-After", 1)),
 *     jitter=None,
 *     max_tries=10
 * )
 * def rate_limited_api_call(endpoint):
 *     return requests.get(endpoint)
 * </pre>
 * As {@link RateLimitedApi}, with {@link dev.backoff.tck.seed.retryafter.IsTooManyRequests} and
 * {@link dev.backoff.tck.seed.retryafter.RetryAfter}.
 */
@Spec("seed: Rate Limiting with Retry-After")
@Deploy({RateLimitedApi.class, HttpClient.class, EventLog.class})
class RateLimitingRetryAfterTest {

    private static final String ENDPOINT = "https://api.example.com/quota";

    @Inject
    RateLimitedApi api;

    @Inject
    HttpClient http;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    @Test
    void waitsWhatEachResponseSaysAndReturnsTheFirstThatIsNotA429() throws RequestException {
        Response ok = Response.status(200);
        http.script()
                .thenReturn(Response.status(429).withHeader("Retry-After", "3"))
                .thenReturn(Response.status(429))
                .thenReturn(Response.status(429).withHeader("Retry-After", "120"))
                .thenReturn(ok);

        assertThat(api.rateLimitedApiCall(ENDPOINT)).isSameAs(ok);

        assertThat(http.urls()).containsExactly(ENDPOINT, ENDPOINT, ENDPOINT, ENDPOINT);
        assertThat(time.waits()).containsExactly(seconds(3), seconds(1), seconds(120));
        assertThat(events.backoffs()).hasSize(3).allSatisfy(e -> assertThat(e.exception()).isNull());
        for (int i = 0; i < 3; i++) {
            assertThat(events.backoffs().get(i).value()).isSameAs(http.script().outcome(i + 1));
        }
        assertThat(events.successes()).singleElement().satisfies(s -> {
            assertThat(s.tries()).isEqualTo(4);
            assertThat(s.elapsed()).isEqualTo(seconds(124));
        });
    }

    @Test
    void afterTenTriesReturnsTheLast429WithoutAskingItsRetryAfter() throws RequestException {
        // the 10th response's header would not parse: the wait function must not be asked about the try that ends
        // the call (Python calls runtime's value function only when a retry will happen)
        Response last = Response.status(429).withHeader("Retry-After", "soon");
        http.script().thenAlwaysReturn(n -> n < 10 ? Response.status(429).withHeader("Retry-After", "2") : last);

        assertThat(api.rateLimitedApiCall(ENDPOINT)).isSameAs(last);

        assertThat(http.calls()).isEqualTo(10);
        assertThat(time.waits()).isEqualTo(Collections.nCopies(9, seconds(2)));
        assertThat(events.giveups()).singleElement().satisfies(g -> {
            assertThat(g.tries()).isEqualTo(10);
            assertThat(g.value()).isSameAs(last);
            assertThat(g.exception()).isNull();
            assertThat(g.elapsed()).isEqualTo(seconds(18));
        });
    }

    @Test
    void anyOtherStatusIsReturnedAtOnce() throws RequestException {
        Response unavailable = Response.status(503).withHeader("Retry-After", "30");
        http.script().thenReturn(unavailable);

        assertThat(api.rateLimitedApiCall(ENDPOINT)).isSameAs(unavailable);

        assertThat(http.calls()).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
    }

    @Test
    void exceptionsAreNotRetriedByAValuePredicate() {
        http.script().thenThrow(n -> new ConnectionError("refused"));

        Throwable thrown = catchThrowable(() -> api.rateLimitedApiCall(ENDPOINT));

        assertThat(thrown).isSameAs(http.script().outcome(1));
        assertThat(http.calls()).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
        assertThat(events.all()).isEmpty();
    }
}
