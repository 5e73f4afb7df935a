package dev.backoff.tck.seed;

import dev.backoff.Backoff;
import dev.backoff.event.BackoffEvent;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.seed.combining.ReportClient;
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

import static dev.backoff.tck.seed.WaitAssertions.assertFullJitter;
import static dev.backoff.tck.seed.WaitAssertions.assertFullJitterUnderMaxTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Seed example "Combining Multiple Decorators":
 * <pre>
 * &#64;backoff.on_predicate(backoff.fibo, lambda result: result is None, max_value=13)
 * &#64;backoff.on_exception(backoff.expo, requests.exceptions.HTTPError,
 *                       giveup=lambda e: 400 &lt;= e.response.status_code &lt; 500, max_time=60)
 * &#64;backoff.on_exception(backoff.expo, requests.exceptions.Timeout, max_tries=3)
 * def comprehensive_retry(url):
 *     response = requests.get(url)
 *     response.raise_for_status()
 *     data = response.json()
 *     return data if data.get('ready') else None
 * </pre>
 * Three stacked {@code @Backoff}, the first written outermost (SPEC 1.6), each with its own name. As in Python
 * (semantics sections 10.4 and 13), each layer is a loop of its own: one attempt of an outer layer is a whole call of
 * the layer inside it, whose tries, clock and waits start again; an exception a layer does not handle passes through
 * it untouched. As {@link ReportClient}, with {@link dev.backoff.tck.seed.combining.IsNull} and
 * {@link dev.backoff.tck.seed.combining.IsClientError}. Default (full) jitter everywhere. {@link EventLog#trace()} shows which layer did what.
 */
@Spec("seed: Combining Multiple Decorators")
@Deploy({ReportClient.class, HttpClient.class, EventLog.class})
class CombiningMultipleDecoratorsTest {

    private static final String URL = "https://api.example.com/report";

    @Inject
    ReportClient client;

    @Inject
    HttpClient http;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    private static final Map<String, Object> READY = Map.of("ready", true, "rows", 3);

    private static Response notReady() {
        return Response.ok(Map.of("ready", false));
    }

    private static Timeout timeout(int n) {
        return new Timeout("read timed out (#" + n + ")");
    }

    /** Every wait taken is one a backoff event announced, in the same order, within the given full-jitter maxima. */
    private void assertWaits(double... maxima) {
        assertFullJitter(time.waits(), maxima);
        assertThat(events.backoffs()).extracting(BackoffEvent::waitTime).isEqualTo(time.waits());
    }

    @Test
    void timeoutsAreRetriedByTheInnermostLayerOnly() throws RequestException {
        http.script().thenThrow(2, CombiningMultipleDecoratorsTest::timeout).thenReturn(Response.ok(READY));

        assertThat(client.comprehensiveRetry(URL)).isSameAs(READY);

        assertThat(http.calls()).isEqualTo(3);
        assertThat(events.trace()).containsExactly(
                "timeouts backoff 1", "timeouts backoff 2", "timeouts success 3",
                "httpErrors success 1",
                "notReady success 1");
        assertWaits(1, 2);
    }

    @Test
    void theThirdTimeoutPassesThroughTheOuterLayers() {
        http.script().thenAlwaysThrow(CombiningMultipleDecoratorsTest::timeout);

        Throwable thrown = catchThrowable(() -> client.comprehensiveRetry(URL));

        assertThat(thrown).isSameAs(http.script().outcome(3));
        assertThat(http.calls()).isEqualTo(3);
        assertThat(events.trace()).containsExactly("timeouts backoff 1", "timeouts backoff 2", "timeouts giveup 3");
        assertWaits(1, 2);
    }

    @Test
    void serverErrorsAreRetriedByTheMiddleLayerEachAttemptAFreshInnerCall() throws RequestException {
        http.script().thenReturn(Response.status(503)).thenReturn(Response.status(502))
                .thenReturn(Response.ok(READY));

        assertThat(client.comprehensiveRetry(URL)).isSameAs(READY);

        assertThat(http.calls()).isEqualTo(3);
        assertThat(events.trace()).containsExactly(
                "httpErrors backoff 1", "httpErrors backoff 2",
                "timeouts success 1", "httpErrors success 3",
                "notReady success 1");
        assertWaits(1, 2);
    }

    @Test
    void aClientErrorGivesUpAtOnceInTheMiddleLayer() {
        Response notFound = Response.status(404);
        http.script().thenReturn(notFound);

        Throwable thrown = catchThrowable(() -> client.comprehensiveRetry(URL));

        assertThat(thrown).isInstanceOfSatisfying(HttpError.class, e -> assertThat(e.response()).isSameAs(notFound));
        assertThat(http.calls()).isEqualTo(1);
        assertThat(events.trace()).containsExactly("httpErrors giveup 1");
        assertThat(events.giveups().get(0).exception()).isSameAs(thrown);
        assertThat(time.waits()).isEmpty();
    }

    @Test
    void aReportNotReadyYetIsRetriedByTheOutermostLayerWithFibonacciWaits() throws RequestException {
        http.script().thenReturn(notReady()).thenReturn(notReady()).thenReturn(Response.ok(READY));

        assertThat(client.comprehensiveRetry(URL)).isSameAs(READY);

        assertThat(http.calls()).isEqualTo(3);
        assertThat(events.trace()).containsExactly(
                "timeouts success 1", "httpErrors success 1", "notReady backoff 1",
                "timeouts success 1", "httpErrors success 1", "notReady backoff 2",
                "timeouts success 1", "httpErrors success 1", "notReady success 3");
        assertWaits(1, 1);
    }

    @Test
    void everyOuterAttemptRestartsTheTriesOfTheInnerLayer() throws RequestException {
        // Python semantics 13.1: inner tries go 1, 2, 3, then 1, 2; outer tries 1, 2
        http.script()
                .thenThrow(2, CombiningMultipleDecoratorsTest::timeout)
                .thenReturn(notReady())
                .thenThrow(CombiningMultipleDecoratorsTest::timeout)
                .thenReturn(Response.ok(READY));

        assertThat(client.comprehensiveRetry(URL)).isSameAs(READY);

        assertThat(http.calls()).isEqualTo(5);
        assertThat(events.trace()).containsExactly(
                "timeouts backoff 1", "timeouts backoff 2", "timeouts success 3", "httpErrors success 1",
                "notReady backoff 1",
                "timeouts backoff 1", "timeouts success 2", "httpErrors success 1",
                "notReady success 2");
        assertWaits(1, 2, 1, 1);
    }

    @Test
    void theInnerMaxTriesCountsOnlyTheCurrentInnerCall() {
        // one timeout, then a 503 that the middle layer retries: the inner layer starts again and allows 3 more tries
        http.script()
                .thenThrow(CombiningMultipleDecoratorsTest::timeout)
                .thenReturn(Response.status(503))
                .thenAlwaysThrow(CombiningMultipleDecoratorsTest::timeout);

        Throwable thrown = catchThrowable(() -> client.comprehensiveRetry(URL));

        assertThat(thrown).isSameAs(http.script().outcome(5));
        assertThat(http.calls()).isEqualTo(5);
        assertThat(events.trace()).containsExactly(
                "timeouts backoff 1",
                "httpErrors backoff 1",
                "timeouts backoff 1", "timeouts backoff 2", "timeouts giveup 3");
        assertWaits(1, 1, 1, 2);
    }

    @Test
    void theMiddleLayerClockStartsAgainOnEveryOuterAttempt() throws RequestException {
        http.script()
                .thenReturn(Response.status(503)).thenReturn(Response.status(503)).thenReturn(notReady())
                .thenReturn(Response.status(500)).thenReturn(Response.ok(READY));

        assertThat(client.comprehensiveRetry(URL)).isSameAs(READY);

        assertThat(events.trace()).containsExactly(
                "httpErrors backoff 1", "httpErrors backoff 2", "timeouts success 1", "httpErrors success 3",
                "notReady backoff 1",
                "httpErrors backoff 1", "timeouts success 1", "httpErrors success 2",
                "notReady success 2");
        assertWaits(1, 2, 1, 1);
        List<Duration> waits = time.waits();
        assertThat(events.backoffs("httpErrors")).extracting(BackoffEvent::elapsed)
                .containsExactly(Duration.ZERO, waits.get(0), Duration.ZERO);
        assertThat(events.backoffs("notReady")).extracting(BackoffEvent::elapsed).containsExactly(Duration.ZERO);
        assertThat(events.successes().get(events.successes().size() - 1).elapsed())
                .isEqualTo(waits.get(0).plus(waits.get(1)).plus(waits.get(2)));
    }

    @Test
    void serverErrorsGiveUpAfterSixtySecondsOfTheMiddleLayer() {
        http.script().thenAlwaysReturn(n -> Response.status(503));

        Throwable thrown = catchThrowable(() -> client.comprehensiveRetry(URL));

        assertThat(thrown).isInstanceOfSatisfying(HttpError.class,
                e -> assertThat(e.response()).isSameAs(http.script().lastOutcome()));
        List<BackoffEvent> backoffs = events.backoffs("httpErrors");
        assertThat(backoffs).hasSize(events.backoffs().size()).hasSize(http.calls() - 1);
        assertFullJitterUnderMaxTime(backoffs, n -> Math.pow(2, n), Duration.ofSeconds(60));
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(60));
        assertThat(events.giveups()).singleElement().satisfies(g -> {
            assertThat(g.name()).isEqualTo("httpErrors");
            assertThat(g.elapsed()).isEqualTo(Duration.ofSeconds(60));
        });
    }
}
