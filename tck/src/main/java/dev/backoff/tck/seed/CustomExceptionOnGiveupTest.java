package dev.backoff.tck.seed;

import dev.backoff.Backoff;
import dev.backoff.BackoffListener;
import dev.backoff.event.GiveupEvent;
import dev.backoff.spi.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.support.LogCapture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
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
 * A listener that throws ends the call with its exception (SPEC 2.8); the attempt's exception is kept as suppressed
 * (Python keeps it as {@code __context__}). Default (full) jitter.
 */
@Spec("seed: Custom Exception on Giveup")
@Deploy({CustomExceptionOnGiveupTest.Critical.class, EventLog.class})
class CustomExceptionOnGiveupTest {

    @Inject
    Critical critical;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    final LogCapture log = new LogCapture();

    @AfterEach
    void closeLog() {
        log.close();
    }

    public static class RetryExhaustedError extends RuntimeException {
        public RetryExhaustedError(String message) {
            super(message);
        }
    }

    /** {@code raise_custom_error} */
    public static class RaiseCustomError implements BackoffListener {
        @Override
        public void onGiveup(GiveupEvent details) {
            throw new RetryExhaustedError("Failed after " + details.tries() + " attempts");
        }
    }

    @ApplicationScoped
    public static class Critical {
        private final Script<Void, Exception> script = new Script<>();

        public Script<Void, Exception> script() {
            return script;
        }

        @Backoff(listeners = RaiseCustomError.class, maxTries = 5, raiseOnGiveup = false)
        public void criticalOperation() throws Exception {
            script.next();
        }
    }

    @Test
    void theCallerGetsTheListenersExceptionWithTheLastFailureSuppressed() {
        critical.script().thenAlwaysThrow(n -> new Exception("failure " + n));

        Throwable thrown = catchThrowable(critical::criticalOperation);

        assertThat(thrown).isInstanceOf(RetryExhaustedError.class).hasMessage("Failed after 5 attempts");
        assertThat(thrown.getSuppressed()).containsExactly((Throwable) critical.script().outcome(5));
        assertThat(critical.script().calls()).isEqualTo(5);
        assertFullJitter(time.waits(), 1, 2, 4, 8);
        // the listener's exception ended the call: observers after it never heard the give-up
        assertThat(events.giveups()).isEmpty();
        assertThat(events.backoffs()).hasSize(4);
    }

    @Test
    void aCallThatRecoversNeverMeetsTheListener() throws Exception {
        critical.script().thenThrow(2, n -> new Exception("failure " + n)).thenReturn(null);

        critical.criticalOperation();

        assertThat(critical.script().calls()).isEqualTo(3);
        assertFullJitter(time.waits(), 1, 2);
        assertThat(events.successes()).singleElement().satisfies(s -> assertThat(s.tries()).isEqualTo(3));
    }

    @Test
    void theGiveUpIsLoggedBeforeTheListenerThrows() {
        critical.script().thenAlwaysThrow(n -> new Exception("failure " + n));

        catchThrowable(critical::criticalOperation);

        assertThat(log.messages(Level.WARNING)).containsExactly("Giving up " + Critical.class.getName()
                + ".criticalOperation(...) after 5 tries (java.lang.Exception: failure 5)");
    }
}
