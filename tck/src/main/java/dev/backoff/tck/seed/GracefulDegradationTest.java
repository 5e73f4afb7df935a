package dev.backoff.tck.seed;

import dev.backoff.Backoff;
import dev.backoff.spi.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.seed.Requests.ConnectionError;
import dev.backoff.tck.seed.Requests.RequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

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
 * Default (full) jitter.
 */
@Spec("seed: Graceful Degradation")
@Deploy({GracefulDegradationTest.OptionalApi.class, GracefulDegradationTest.Prices.class,
        GracefulDegradationTest.PriceCache.class, FakeHttp.class, EventLog.class})
class GracefulDegradationTest {

    private static final String PRIMARY_URL = "https://primary.example.com/prices";

    @Inject
    Prices prices;

    @Inject
    PriceCache cache;

    @Inject
    FakeHttp http;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    @ApplicationScoped
    public static class OptionalApi {

        @Inject
        FakeHttp http;

        @Backoff(on = RequestException.class, maxTries = 3, raiseOnGiveup = false)
        public FakeResponse optionalApiCall(String url) throws RequestException {
            return http.get(URI.create(url).toString());
        }
    }

    @ApplicationScoped
    public static class PriceCache {
        private final FakeResponse cached = FakeResponse.status(200).withHeader("X-Cache", "HIT");
        private final AtomicInteger reads = new AtomicInteger();

        public FakeResponse getFromCache() {
            reads.incrementAndGet();
            return cached;
        }

        public int reads() {
            return reads.get();
        }

        /** What the cache holds, without reading it. */
        public FakeResponse cached() {
            return cached;
        }
    }

    /** The caller, with its fallback. */
    @ApplicationScoped
    public static class Prices {

        @Inject
        OptionalApi api;

        @Inject
        PriceCache cache;

        public FakeResponse current(String url) throws RequestException {
            FakeResponse result = api.optionalApiCall(url);
            if (result == null) {
                result = cache.getFromCache();
            }
            return result;
        }
    }

    @Test
    void whenThePrimaryStaysDownTheCallReturnsNullAndTheCallerFallsBack() throws RequestException {
        http.script().thenAlwaysThrow(n -> new ConnectionError("refused #" + n));

        FakeResponse result = prices.current(PRIMARY_URL);

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
        FakeResponse fresh = FakeResponse.status(200);
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
