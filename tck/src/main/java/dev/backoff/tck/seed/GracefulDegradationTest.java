package dev.backoff.tck.seed;

import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.seed.degradation.OptionalApi;
import dev.backoff.tck.seed.degradation.PriceCache;
import dev.backoff.tck.seed.degradation.Prices;
import dev.backoff.tck.seed.fakes.ConnectionError;
import dev.backoff.tck.seed.fakes.HttpClient;
import dev.backoff.tck.seed.fakes.RequestException;
import dev.backoff.tck.seed.fakes.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;


import static dev.backoff.tck.seed.WaitAssertions.assertFullJitter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Seed example "Graceful Degradation":
 * <pre>
 * &#64;backoff.on_exception(backoff.expo, requests.exceptions.RequestException, max_tries=3, raise_on_giveup=False)
 * def optional_api_call(url):
 *     return requests.get(url)
 *
 * # Use with fallback
 * result = optional_api_call(primary_url)
 * if result is None:
 *     result = get_from_cache()
 * </pre>
 * As {@link OptionalApi}, and {@link Prices} for the caller with its fallback. Default (full) jitter. A URL that is
 * no URI is refused by the client before any request, with an {@link IllegalArgumentException}.
 */
@Spec("seed: Graceful Degradation")
@Deploy({OptionalApi.class, Prices.class, PriceCache.class, HttpClient.class, EventLog.class})
class GracefulDegradationTest {

    private static final String PRIMARY_URL = "https://primary.example.com/prices";

    @Inject
    Prices prices;

    @Inject
    PriceCache cache;

    @Inject
    HttpClient http;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    @Test
    void whenThePrimaryStaysDownTheCallReturnsNullAndTheCallerFallsBack() throws RequestException {
        http.script().thenAlwaysThrow(n -> new ConnectionError("refused #" + n));

        Response result = prices.current(PRIMARY_URL);

        assertThat(result).isSameAs(cache.cached());
        assertThat(cache.reads()).isEqualTo(1);
        assertThat(http.calls()).isEqualTo(3);
        assertFullJitter(time.waits(), 1, 2);
        assertThat(events.giveups()).singleElement().satisfies(g -> {
            assertThat(g.tries()).isEqualTo(3);
            assertThat(g.exception()).isSameAs(http.script().outcome(3)); // the give-up still says why
        });
    }

    @Test
    void whenThePrimaryRecoversItsAnswerIsUsed() throws RequestException {
        Response fresh = Response.status(200);
        http.script().thenThrow(n -> new ConnectionError("refused")).thenReturn(fresh);

        assertThat(prices.current(PRIMARY_URL)).isSameAs(fresh);

        assertThat(cache.reads()).isZero();
        assertFullJitter(time.waits(), 1);
    }

    @Test
    void anExceptionThatIsNotRetriedIsStillThrown() {
        assertThatThrownBy(() -> prices.current("not a url")).isInstanceOf(IllegalArgumentException.class);

        assertThat(http.calls()).isZero();
        assertThat(cache.reads()).isZero();
    }
}
