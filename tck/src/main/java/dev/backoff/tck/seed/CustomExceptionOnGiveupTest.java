package dev.backoff.tck.seed;

import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.seed.customgiveup.Critical;
import dev.backoff.tck.seed.customgiveup.RetryExhaustedError;
import dev.backoff.tck.seed.fakes.Work;
import dev.backoff.tck.support.LogCapture;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.logging.Level;

import static dev.backoff.tck.seed.WaitAssertions.assertFullJitter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Seed example "Custom Exception on Giveup":
 * <pre>
 * class RetryExhaustedError(Exception):
 *     pass
 *
 * def raise_custom_error(details):
 *     raise RetryExhaustedError(f"Failed after {details['tries']} attempts")
 *
 * &#64;backoff.on_exception(backoff.expo, Exception, on_giveup=raise_custom_error, max_tries=5, raise_on_giveup=False)
 * def critical_operation():
 *     pass
 * </pre>
 * As {@link Critical}, with the listener {@link dev.backoff.tck.seed.customgiveup.RaiseCustomError}. A listener that
 * throws ends the call with its exception (SPEC 2.8); the attempt's exception is kept as suppressed (Python keeps it
 * as {@code __context__}). Default (full) jitter.
 */
@Spec("seed: Custom Exception on Giveup")
@Deploy({Critical.class, Work.class, EventLog.class})
class CustomExceptionOnGiveupTest {

    @Inject
    Critical critical;

    @Inject
    Work work;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    /** Opened once the container has started: what its start logs is not the example's. */
    LogCapture log;

    @BeforeEach
    void openLog() {
        log = new LogCapture();
    }

    @AfterEach
    void closeLog() {
        log.close();
    }

    @Test
    void theCallerGetsTheListenersExceptionWithTheLastFailureSuppressed() {
        work.script().thenAlwaysThrow(n -> new Exception("failure " + n));

        Throwable thrown = catchThrowable(critical::criticalOperation);

        assertThat(thrown).isInstanceOf(RetryExhaustedError.class).hasMessage("Failed after 5 attempts");
        assertThat(thrown.getSuppressed()).containsExactly((Throwable) work.script().outcome(5));
        assertThat(work.script().calls()).isEqualTo(5);
        assertFullJitter(time.waits(), 1, 2, 4, 8);
        // the listener's exception ended the call: observers after it never heard the give-up
        assertThat(events.giveups()).isEmpty();
        assertThat(events.backoffs()).hasSize(4);
    }

    @Test
    void aCallThatRecoversNeverMeetsTheListener() throws Exception {
        work.script().thenThrow(2, n -> new Exception("failure " + n)).thenReturn(null);

        critical.criticalOperation();

        assertThat(work.script().calls()).isEqualTo(3);
        assertFullJitter(time.waits(), 1, 2);
        assertThat(events.successes()).singleElement().satisfies(s -> assertThat(s.tries()).isEqualTo(3));
    }

    @Test
    void theGiveUpIsLoggedBeforeTheListenerThrows() {
        work.script().thenAlwaysThrow(n -> new Exception("failure " + n));

        catchThrowable(critical::criticalOperation);

        assertThat(log.messages(Level.WARNING)).containsExactly("Giving up " + Critical.class.getName()
                + ".criticalOperation(...) after 5 tries (java.lang.Exception: failure 5), reason MAX_TRIES");
    }
}
