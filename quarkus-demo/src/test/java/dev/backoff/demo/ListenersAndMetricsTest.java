package dev.backoff.demo;

import dev.backoff.demo.timeline.Timeline;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

import static dev.backoff.demo.Runs.assertLane;
import static dev.backoff.demo.Runs.run;
import static dev.backoff.demo.Runs.waits;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The seed's "Testing and Debugging" examples (listeners that log and count), and the library's Micrometer meters as
 * the page and {@code /q/metrics} show them.
 */
@QuarkusTest
@TestProfile(VirtualTimeProfile.class)
class ListenersAndMetricsTest {

    @Inject
    MeterRegistry registry;

    @Test
    void logListenerLogsEachBackoffAndTheGiveup() {
        try (CapturedLog log = CapturedLog.of("dev.backoff.demo")) {
            Timeline.View view = run("logging", 9);
            assertThat(view.outcome()).isEqualTo("gave up");
            assertLane(view, "flaky-function", 5, "giveup");
            assertThat(view.log()).hasSize(5);
            assertThat(view.log().subList(0, 4)).allSatisfy(line -> assertThat(line).startsWith("WARN Backing off "));
            assertThat(view.log().get(1)).matches("WARN Backing off \\d+\\.\\d\\ds after 2 tries calling flakyFunction");
            assertThat(view.log().get(4)).startsWith("ERROR Giving up after 5 tries and ");

            // the application log got the same lines: the give-up at ERROR, as the seed's listener logs it
            assertThat(log.messages(Level.WARNING)).hasSize(5)
                    .containsExactlyElementsOf(view.log().stream().map(line -> line.substring(line.indexOf(' ') + 1))
                            .toList());
            assertThat(log.messages(Level.SEVERE)).singleElement().asString().startsWith("Giving up after 5 tries");
        }
    }

    @Test
    void countingListenerCountsRetriesAndGiveups() {
        Map<String, Integer> before = retryMetrics();
        Timeline.View view = run("metrics", 5);
        assertThat(view.outcome()).isEqualTo("gave up");
        assertLane(view, "monitored-function", 3, "giveup");
        Map<String, Integer> after = retryMetrics();
        assertThat(after.get("total_retries") - before.get("total_retries")).isEqualTo(2);
        assertThat(after.get("giveups") - before.get("giveups")).isEqualTo(1);
    }

    @Test
    void micrometerCountsCallsByOutcomeRetriesAndWaits() {
        double withoutRetry = calls("fetch-data", "success_without_retry");
        double afterRetry = calls("fetch-data", "success_after_retry");
        double gaveUp = calls("fetch-data", "gave_up");
        double retries = registry.get("backoff.retries").tag("policy", "fetch-data").counter().count();
        Timer waitTimer = registry.get("backoff.waits").tag("policy", "fetch-data").timer();
        long waitCount = waitTimer.count();
        double waitTotal = waitTimer.totalTime(TimeUnit.MILLISECONDS);

        Timeline.View first = run("basic-api", 0);
        Timeline.View second = run("basic-api", 2);
        Timeline.View third = run("basic-api", 1000);

        assertThat(first.outcome()).isEqualTo("success");
        assertThat(calls("fetch-data", "success_without_retry") - withoutRetry).isEqualTo(1);
        assertThat(calls("fetch-data", "success_after_retry") - afterRetry).isEqualTo(1);
        assertThat(calls("fetch-data", "gave_up") - gaveUp).isEqualTo(1);
        int retried = waits(second, "fetch-data").size() + waits(third, "fetch-data").size();
        assertThat(registry.get("backoff.retries").tag("policy", "fetch-data").counter().count() - retries)
                .isEqualTo(retried);
        assertThat(waitTimer.count() - waitCount).isEqualTo(retried);
        double waited = waits(second, "fetch-data").stream().mapToDouble(Double::doubleValue).sum()
                + waits(third, "fetch-data").stream().mapToDouble(Double::doubleValue).sum();
        assertThat(waitTimer.totalTime(TimeUnit.MILLISECONDS) - waitTotal).isCloseTo(waited, within(0.01));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMetricsAreOnThePagesApiAndInPrometheus() {
        run("queue-polling", 2);
        Map<String, Object> metrics = given().get("/api/metrics").as(Map.class);
        assertThat((List<Map<String, Object>>) metrics.get("policies"))
                .anySatisfy(p -> assertThat(p).containsEntry("policy", "poll-queue")
                        .hasEntrySatisfying("successAfterRetry", v -> assertThat(positive(v)).isTrue())
                        .hasEntrySatisfying("retries", v -> assertThat(positive(v)).isTrue()));
        assertThat(given().get("/q/metrics").asString())
                .contains("backoff_calls_total{outcome=\"success_after_retry\",policy=\"poll-queue\"}")
                .contains("backoff_retries_total{policy=\"poll-queue\"}")
                .contains("backoff_waits_seconds_count{policy=\"poll-queue\"}");
    }

    private static boolean positive(Object number) {
        return ((Number) number).doubleValue() > 0;
    }

    private double calls(String policy, String outcome) {
        Counter counter = registry.get("backoff.calls").tag("policy", policy).tag("outcome", outcome).counter();
        return counter.count();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> retryMetrics() {
        return (Map<String, Integer>) given().get("/api/metrics").as(Map.class).get("retry_metrics");
    }
}
