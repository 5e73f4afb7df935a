package dev.backoff.tck.seed;

import dev.backoff.Backoff;
import dev.backoff.BackoffListener;
import dev.backoff.Jitter;
import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.spi.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.support.LogCapture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import static dev.backoff.tck.seed.WaitAssertions.seconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Seed example "Logging Retry Events":
 * <pre>
 * def log_retry(details):
 *     logger.warning(
 *         f"Backing off {details['wait']:.1f}s after {details['tries']} tries "
 *         f"calling {details['target'].__name__}"
 *     )
 *
 * def log_giveup(details):
 *     logger.error(
 *         f"Giving up after {details['tries']} tries "
 *         f"and {details['elapsed']:.1f}s"
 *     )
 *
 * &#64;backoff.on_exception(backoff.expo, Exception, on_backoff=log_retry, on_giveup=log_giveup, max_tries=5)
 * def flaky_function():
 *     pass
 * </pre>
 * The two handlers become two listeners. {@code jitter = NONE} (the example has the default full jitter) so that the
 * log lines can be checked word for word. The application's logger is named after its class, so it sits under
 * {@code dev.backoff} and {@link LogCapture} hears both it and the library's own lines (SPEC 4.3): the application
 * logs backoffs at WARNING and give-ups at SEVERE, the library backoffs at INFO and give-ups at WARNING.
 */
@Spec("seed: Logging Retry Events")
@Deploy(LoggingRetryEventsTest.FlakyJob.class)
class LoggingRetryEventsTest {

    private static final String TARGET = FlakyJob.class.getName() + ".flakyFunction(...)";

    @Inject
    FlakyJob job;

    @Inject
    VirtualTime time;

    final LogCapture log = new LogCapture();

    @AfterEach
    void closeLog() {
        log.close();
    }

    /** {@code log_retry} */
    public static class LogRetry implements BackoffListener {
        private static final Logger LOGGER = Logger.getLogger(FlakyJob.class.getName());

        @Override
        public void onBackoff(BackoffEvent e) {
            LOGGER.warning(String.format(Locale.ROOT, "Backing off %.1fs after %d tries calling %s",
                    e.waitTime().toNanos() / 1e9, e.tries(), e.method().getName()));
        }
    }

    /** {@code log_giveup} */
    public static class LogGiveup implements BackoffListener {
        private static final Logger LOGGER = Logger.getLogger(FlakyJob.class.getName());

        @Override
        public void onGiveup(GiveupEvent e) {
            LOGGER.severe(String.format(Locale.ROOT, "Giving up after %d tries and %.1fs",
                    e.tries(), e.elapsed().toNanos() / 1e9));
        }
    }

    @ApplicationScoped
    public static class FlakyJob {
        private final Script<Void, RuntimeException> script = new Script<>();

        public Script<Void, RuntimeException> script() {
            return script;
        }

        @Backoff(jitter = Jitter.NONE, listeners = {LogRetry.class, LogGiveup.class}, maxTries = 5)
        public void flakyFunction() {
            script.next();
        }
    }

    @Test
    void logsEachBackoffAndTheGiveUp() {
        job.script().thenAlwaysThrow(n -> new IllegalStateException("flaky " + n));

        Throwable thrown = catchThrowable(job::flakyFunction);

        assertThat(thrown).isSameAs(job.script().outcome(5));
        assertThat(time.waits()).containsExactly(seconds(1), seconds(2), seconds(4), seconds(8));
        assertThat(log.messages(Level.INFO)).containsExactly(
                "Backing off " + TARGET + " for 1.0s (java.lang.IllegalStateException: flaky 1)",
                "Backing off " + TARGET + " for 2.0s (java.lang.IllegalStateException: flaky 2)",
                "Backing off " + TARGET + " for 4.0s (java.lang.IllegalStateException: flaky 3)",
                "Backing off " + TARGET + " for 8.0s (java.lang.IllegalStateException: flaky 4)");
        assertThat(log.messages(Level.WARNING)).containsExactly(
                "Backing off 1.0s after 1 tries calling flakyFunction",
                "Backing off 2.0s after 2 tries calling flakyFunction",
                "Backing off 4.0s after 3 tries calling flakyFunction",
                "Backing off 8.0s after 4 tries calling flakyFunction",
                "Giving up " + TARGET + " after 5 tries (java.lang.IllegalStateException: flaky 5)");
        assertThat(log.messages(Level.SEVERE)).containsExactly("Giving up after 5 tries and 15.0s");
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void aCallThatRecoversLogsOnlyItsBackoffs() {
        job.script().thenThrow(2, n -> new IllegalStateException("flaky " + n)).thenReturn(null);

        job.flakyFunction();

        assertThat(log.messages(Level.INFO)).containsExactly(
                "Backing off " + TARGET + " for 1.0s (java.lang.IllegalStateException: flaky 1)",
                "Backing off " + TARGET + " for 2.0s (java.lang.IllegalStateException: flaky 2)");
        assertThat(log.messages(Level.WARNING)).containsExactly(
                "Backing off 1.0s after 1 tries calling flakyFunction",
                "Backing off 2.0s after 2 tries calling flakyFunction");
        assertThat(log.messages(Level.SEVERE)).isEmpty();
    }
}
