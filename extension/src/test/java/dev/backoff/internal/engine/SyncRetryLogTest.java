package dev.backoff.internal.engine;

import dev.backoff.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.logging.Level;

import static dev.backoff.internal.engine.PolicyFixture.policy;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log lines on logger {@code dev.backoff} (SPEC 4.3): INFO on each backoff, WARNING on give-up, the wait with
 * one decimal rounded like Python's {@code %.1f} (half-even on the binary value, reference 11.4).
 */
class SyncRetryLogTest {

    private final LogCapture log = new LogCapture();
    private final Harness harness = new Harness();

    @AfterEach
    void closeLog() {
        log.close();
    }

    @Test
    void eachBackoffIsLoggedAtInfoWithTheTargetTheWaitAndTheException() throws Exception {
        harness.call(policy().build(), Script.of(new IOException("refused"), new IOException("reset"), "ok"));

        assertThat(log.messages(Level.INFO)).containsExactly(
                "Backing off com.acme.Api.fetch(...) for 1.0s (java.io.IOException: refused)",
                "Backing off com.acme.Api.fetch(...) for 2.0s (java.io.IOException: reset)");
        assertThat(log.messages(Level.WARNING)).isEmpty();
    }

    @Test
    void givingUpIsLoggedAtWarningWithTheTriesAndTheLastException() {
        Object[] refusals = new Object[5];
        for (int i = 0; i < refusals.length; i++) {
            refusals[i] = new IOException("refused");
        }

        harness.failure(policy().maxTries(5).build(), Script.of(refusals));

        assertThat(log.messages(Level.WARNING)).containsExactly(
                "Giving up com.acme.Api.fetch(...) after 5 tries (java.io.IOException: refused)");
        assertThat(log.messages(Level.INFO)).hasSize(4);
    }

    @Test
    void aValueFailureLogsTheValue() throws Exception {
        harness.call(policy().maxTries(2).retryIf("busy"::equals).build(), Script.of("busy", "busy"));

        assertThat(log.messages(Level.INFO)).containsExactly("Backing off com.acme.Api.fetch(...) for 1.0s (busy)");
        assertThat(log.messages(Level.WARNING)).containsExactly(
                "Giving up com.acme.Api.fetch(...) after 2 tries (busy)");
    }

    @ParameterizedTest(name = "{0}s is logged as {1}s")
    @CsvSource({"0.25, 0.2", "1.25, 1.2", "2.25, 2.2", "0.35, 0.3", "0.05, 0.1", "0.75, 0.8", "3, 3.0",
            "0.04, 0.0", "1234.56, 1234.6"})
    void theWaitIsRoundedLikePythonPercentPointOneF(double wait, String shown) throws Exception {
        harness.call(policy().constant(wait).build(), Script.of(new IOException("refused"), "ok"));

        assertThat(log.messages(Level.INFO)).containsExactly(
                "Backing off com.acme.Api.fetch(...) for " + shown + "s (java.io.IOException: refused)");
    }

    @Test
    void aSuccessIsNotLogged() throws Exception {
        harness.call(policy().build(), Script.of("ok"));

        assertThat(log.messages(Level.INFO)).isEmpty();
        assertThat(log.messages(Level.WARNING)).isEmpty();
    }
}
