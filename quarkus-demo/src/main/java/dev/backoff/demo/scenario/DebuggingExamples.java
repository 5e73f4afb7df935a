package dev.backoff.demo.scenario;

import dev.backoff.Backoff;
import dev.backoff.BackoffListener;
import dev.backoff.demo.client.Upstream;
import dev.backoff.demo.timeline.Timeline;
import dev.backoff.demo.timeline.Timelines;
import dev.backoff.demo.upstream.UpstreamServices.Payload;
import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The seed's "Testing and Debugging" examples: listeners that log each backoff and give-up, and listeners that
 * count them. The listeners are CDI beans, so they can inject things (here the run's timeline, and the counters).
 */
@ApplicationScoped
public class DebuggingExamples {

    @Inject
    @RestClient
    Upstream upstream;

    /** Logging Retry Events: {@code on_backoff=log_retry, on_giveup=log_giveup, max_tries=5}. */
    @Backoff(name = "flaky-function", listeners = LogRetry.class, factor = 100, maxTries = 5,
            unit = ChronoUnit.MILLIS)
    public Payload flakyFunction(String run, int failures) {
        return upstream.flaky(run, failures);
    }

    /** Metrics Collection: {@code on_backoff=count_retry, on_giveup=count_giveup, max_tries=3}. */
    @Backoff(name = "monitored-function", listeners = CountRetry.class, factor = 100, maxTries = 3,
            unit = ChronoUnit.MILLIS)
    public Payload monitoredFunction(String run, int failures) {
        return upstream.flaky(run, failures);
    }

    /** {@code log_retry} and {@code log_giveup}, writing to the application log and to the run's timeline. */
    @ApplicationScoped
    public static class LogRetry implements BackoffListener {
        private static final Logger LOG = Logger.getLogger("dev.backoff.demo");

        @Inject
        Timelines timelines;

        @Override
        public void onBackoff(BackoffEvent e) {
            log(e.args().get(0), Logger.Level.WARN, String.format("Backing off %.2fs after %d tries calling %s",
                    e.waitTime().toNanos() / 1e9, e.tries(), e.method().getName()));
        }

        @Override
        public void onGiveup(GiveupEvent e) {
            log(e.args().get(0), Logger.Level.ERROR, String.format("Giving up after %d tries and %.2fs",
                    e.tries(), e.elapsed().toNanos() / 1e9));
        }

        private void log(Object run, Logger.Level level, String line) {
            LOG.log(level, line);
            Timeline timeline = timelines.get(String.valueOf(run));
            if (timeline != null) {
                timeline.log(level + " " + line);
            }
        }
    }

    /** {@code retry_metrics = {'total_retries': 0, 'giveups': 0}}. */
    @ApplicationScoped
    public static class RetryMetrics {
        private final AtomicInteger totalRetries = new AtomicInteger();
        private final AtomicInteger giveups = new AtomicInteger();

        public void countRetry() {
            totalRetries.incrementAndGet();
        }

        public void countGiveup() {
            giveups.incrementAndGet();
        }

        public Map<String, Integer> snapshot() {
            return Map.of("total_retries", totalRetries.get(), "giveups", giveups.get());
        }
    }

    /** {@code count_retry} and {@code count_giveup}. */
    @ApplicationScoped
    public static class CountRetry implements BackoffListener {
        @Inject
        RetryMetrics metrics;

        @Override
        public void onBackoff(BackoffEvent e) {
            metrics.countRetry(); // a method, not a field: metrics is a client proxy
        }

        @Override
        public void onGiveup(GiveupEvent e) {
            metrics.countGiveup();
        }
    }
}
