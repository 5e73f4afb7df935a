package dev.backoff.tck.seed;

import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import dev.backoff.tck.TckConfig;
import dev.backoff.tck.seed.fakes.Work;
import dev.backoff.tck.seed.logging.Flaky;
import dev.backoff.tck.seed.logging.RetryLogging;
import dev.backoff.tck.support.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.logging.Level;

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
 * As {@link Flaky}: the two handlers become the two methods of one listener, {@link RetryLogging}. The example keeps
 * the default full jitter; the test sets {@code jitter} to {@code NONE} by config (SPEC 5.2), so that the waits, and
 * so the log lines, can be checked word for word. The listener's logger is named after its class, so it sits under
 * {@code dev.backoff} and {@link LogCapture} hears both it and the library's own lines (SPEC 4.3): the listener logs
 * backoffs at WARNING and give-ups at SEVERE, the library backoffs at INFO and give-ups at WARNING.
 */
@Spec("seed: Logging Retry Events")
class LoggingRetryEventsTest {

    private static final String TARGET = Flaky.class.getName() + ".flakyFunction(...)";

    /** Opened once the container has started: what its start logs is not the example's. */
    LogCapture log;

    Deployed deployed;
    Flaky flaky;
    Work work;
    VirtualTime time;

    @BeforeEach
    void start() {
        TckConfig.set(Flaky.class.getName() + "/flakyFunction/Backoff/jitter", "NONE");
        deployed = Tck.start(Flaky.class, Work.class);
        flaky = deployed.get(Flaky.class);
        work = deployed.get(Work.class);
        time = deployed.get(VirtualTime.class);
        log = new LogCapture();
    }

    @AfterEach
    void stop() {
        try {
            deployed.close();
        } finally {
            log.close();
        }
    }

    @Test
    void logsEachBackoffAndTheGiveUp() {
        work.script().thenAlwaysThrow(n -> new IllegalStateException("flaky " + n));

        Throwable thrown = catchThrowable(flaky::flakyFunction);

        assertThat(thrown).isSameAs(work.script().outcome(5));
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
                "Giving up " + TARGET + " after 5 tries (java.lang.IllegalStateException: flaky 5), reason MAX_TRIES");
        assertThat(log.messages(Level.SEVERE)).containsExactly("Giving up after 5 tries and 15.0s");
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void aCallThatRecoversLogsOnlyItsBackoffs() throws Exception {
        work.script().thenThrow(2, n -> new IllegalStateException("flaky " + n)).thenReturn(null);

        flaky.flakyFunction();

        assertThat(log.messages(Level.INFO)).containsExactly(
                "Backing off " + TARGET + " for 1.0s (java.lang.IllegalStateException: flaky 1)",
                "Backing off " + TARGET + " for 2.0s (java.lang.IllegalStateException: flaky 2)");
        assertThat(log.messages(Level.WARNING)).containsExactly(
                "Backing off 1.0s after 1 tries calling flakyFunction",
                "Backing off 2.0s after 2 tries calling flakyFunction");
        assertThat(log.messages(Level.SEVERE)).isEmpty();
    }
}
