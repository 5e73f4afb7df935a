package dev.backoff.tck.seed;

import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.seed.basic.DataClient;
import dev.backoff.tck.seed.fakes.ConnectionError;
import dev.backoff.tck.seed.fakes.HttpClient;
import dev.backoff.tck.seed.fakes.HttpError;
import dev.backoff.tck.seed.fakes.RequestException;
import dev.backoff.tck.seed.fakes.Response;
import dev.backoff.tck.seed.fakes.Timeout;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.backoff.tck.seed.WaitAssertions.assertElapsedIsTheSumOfEarlierWaits;
import static dev.backoff.tck.seed.WaitAssertions.assertFullJitter;
import static dev.backoff.tck.seed.WaitAssertions.assertFullJitterUnderMaxTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Seed example "Basic API Retry":
 * <pre>
 * &#64;backoff.on_exception(backoff.expo, requests.exceptions.RequestException, max_time=60)
 * def fetch_data(url):
 *     response = requests.get(url)
 *     response.raise_for_status()
 *     return response.json()
 * </pre>
 * As {@link DataClient}. Default (full) jitter, as in the example: each wait is in {@code [0, 2^n]} seconds. A URL
 * that is no URI is refused by the client before any request, with an {@link IllegalArgumentException}.
 */
@Spec("seed: Basic API Retry")
@Deploy({DataClient.class, HttpClient.class, EventLog.class})
class BasicApiRetryTest {

    private static final String URL = "https://api.example.com/data";

    @Inject
    DataClient client;

    @Inject
    HttpClient http;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    @Test
    void everyKindOfRequestFailureIsRetriedUntilTheDataArrives() throws RequestException {
        Map<String, Object> data = Map.of("id", 7);
        http.script()
                .thenThrow(n -> new ConnectionError("refused"))
                .thenThrow(n -> new Timeout("read timed out"))
                .thenReturn(Response.status(503))
                .thenReturn(Response.ok(data));

        assertThat(client.fetchData(URL)).isSameAs(data);

        assertThat(http.urls()).containsExactly(URL, URL, URL, URL);
        assertFullJitter(time.waits(), 1, 2, 4);
        List<BackoffEvent> backoffs = events.backoffs();
        assertThat(backoffs).extracting(BackoffEvent::tries).containsExactly(1, 2, 3);
        assertThat(backoffs).extracting(BackoffEvent::waitTime).isEqualTo(time.waits());
        assertThat(backoffs.get(0).exception()).isSameAs(http.script().outcome(1));
        assertThat(backoffs.get(1).exception()).isSameAs(http.script().outcome(2));
        assertThat(backoffs.get(2).exception()).isInstanceOfSatisfying(HttpError.class,
                e -> assertThat(e.response()).isSameAs(http.script().outcome(3)));
        assertThat(backoffs).allSatisfy(e -> assertThat(e.args()).containsExactly(URL));
        assertElapsedIsTheSumOfEarlierWaits(backoffs);
        assertThat(events.successes()).singleElement().satisfies(s -> {
            assertThat(s.tries()).isEqualTo(4);
            assertThat(s.value()).isSameAs(data);
            assertThat(s.elapsed()).isEqualTo(WaitAssertions.sum(time.waits()));
        });
        assertThat(events.giveups()).isEmpty();
    }

    @Test
    void givesUpWithTheLastFailureOnceATryStartsAtSixtySeconds() {
        http.script().thenAlwaysThrow(n -> new ConnectionError("refused #" + n));

        Throwable thrown = catchThrowable(() -> client.fetchData(URL));

        assertThat(thrown).isSameAs(http.script().lastOutcome());
        List<BackoffEvent> backoffs = events.backoffs();
        assertThat(http.calls()).isEqualTo(backoffs.size() + 1);
        assertThat(backoffs).extracting(BackoffEvent::waitTime).isEqualTo(time.waits());
        assertFullJitterUnderMaxTime(backoffs, n -> Math.pow(2, n), Duration.ofSeconds(60));
        assertElapsedIsTheSumOfEarlierWaits(backoffs);
        assertThat(backoffs).allSatisfy(e -> assertThat(e.elapsed()).isLessThan(Duration.ofSeconds(60)));
        // waits never pass the limit, and the loop stops only at a try that starts at or after it: the last wait was
        // cut to end exactly at 60 s, and that try was the last
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(60));
        GiveupEvent giveup = events.giveups().get(0);
        assertThat(events.giveups()).hasSize(1);
        assertThat(giveup.elapsed()).isEqualTo(Duration.ofSeconds(60));
        assertThat(giveup.tries()).isEqualTo(http.calls());
        assertThat(giveup.exception()).isSameAs(thrown);
    }

    @Test
    void aClientErrorStatusIsARequestExceptionAndRetriedToo() throws RequestException {
        Map<String, Object> data = Map.of("id", 8);
        http.script().thenReturn(Response.status(404)).thenReturn(Response.ok(data));

        assertThat(client.fetchData(URL)).isSameAs(data);

        assertThat(http.calls()).isEqualTo(2);
        assertFullJitter(time.waits(), 1);
    }

    @Test
    void aFailureThatIsNoRequestExceptionIsThrownAtOnce() {
        assertThatThrownBy(() -> client.fetchData("not a url"))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(http.calls()).isZero();
        assertThat(time.waits()).isEmpty();
        assertThat(events.all()).isEmpty();
    }
}
