package dev.backoff.tck.events;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import dev.backoff.tck.TckConfig;
import dev.backoff.tck.support.LogCapture;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC 4.3: the lines on logger {@code dev.backoff}: INFO on each backoff, WARNING on give-up, nothing on success; the
 * wait with one decimal, rounded like Python's {@code %.1f} (half-even on the binary value of the double).
 */
@Spec("4.3")
class LogLinesTest {

    private static final String TARGET = Api.class.getName();

    @Test
    void eachBackoffIsLoggedAtInfoWithTheTargetTheWaitAndTheException() throws IOException {
        try (Deployed deployed = Tck.start(Api.class); LogCapture log = new LogCapture()) {
            Api api = deployed.get(Api.class);
            api.failFirst(2);

            assertThat(api.fetch()).isEqualTo("ok");

            assertThat(log.messages(Level.INFO)).containsExactly(
                    "Backing off " + TARGET + ".fetch(...) for 1.0s (java.io.IOException: refused 1)",
                    "Backing off " + TARGET + ".fetch(...) for 2.0s (java.io.IOException: refused 2)");
            assertThat(log.messages(Level.WARNING)).isEmpty();
        }
    }

    @Test
    void givingUpIsLoggedAtWarningWithTheTriesAndTheLastException() {
        try (Deployed deployed = Tck.start(Api.class); LogCapture log = new LogCapture()) {
            Api api = deployed.get(Api.class);
            api.failFirst(9);

            assertThatThrownBy(api::fetch).isInstanceOf(IOException.class);

            assertThat(log.messages(Level.WARNING)).containsExactly(
                    "Giving up " + TARGET + ".fetch(...) after 5 tries (java.io.IOException: refused 5), reason"
                            + " MAX_TRIES");
            assertThat(log.messages(Level.INFO)).hasSize(4);
        }
    }

    @Test
    @Spec({"4.3", "5.1"})
    void loggingGiveupKeepsOnlyTheGiveUps() throws IOException {
        TckConfig.set("Backoff/logging", "giveup");
        try (Deployed deployed = Tck.start(Api.class); LogCapture log = new LogCapture()) {
            Api api = deployed.get(Api.class);
            api.failFirst(9);

            assertThatThrownBy(api::fetch).isInstanceOf(IOException.class);

            assertThat(log.messages(Level.INFO)).isEmpty();
            assertThat(log.messages(Level.WARNING)).hasSize(1);
        }
    }

    @Test
    @Spec({"4.3", "5.1"})
    void loggingOffAtASiteQuietsThatSiteOnly() throws IOException {
        TckConfig.set(TARGET + "/fetch/Backoff/logging", "off");
        try (Deployed deployed = Tck.start(Api.class); LogCapture log = new LogCapture()) {
            Api api = deployed.get(Api.class);
            api.failFirst(9);

            assertThatThrownBy(api::fetch).isInstanceOf(IOException.class);
            assertThat(api.poll()).isEqualTo("busy");

            assertThat(log.messages(Level.INFO)).containsExactly("Backing off " + TARGET + ".poll(...) for 1.0s (busy)");
            assertThat(log.messages(Level.WARNING)).containsExactly(
                    "Giving up " + TARGET + ".poll(...) after 2 tries (busy), reason MAX_TRIES");
        }
    }

    @Test
    void aValueFailureLogsTheValue() {
        try (Deployed deployed = Tck.start(Api.class); LogCapture log = new LogCapture()) {
            assertThat(deployed.get(Api.class).poll()).isEqualTo("busy");

            assertThat(log.messages(Level.INFO)).containsExactly("Backing off " + TARGET + ".poll(...) for 1.0s (busy)");
            assertThat(log.messages(Level.WARNING)).containsExactly(
                    "Giving up " + TARGET + ".poll(...) after 2 tries (busy), reason MAX_TRIES");
        }
    }

    /**
     * Under a second in milliseconds, so that short waits keep their precision (Python would print 0.1s for 50 ms);
     * from a second up as Python's %.1f, rounded half-even on the binary value.
     */
    @ParameterizedTest(name = "{displayName}: a wait of {0} s is logged as {1}")
    @CsvSource({"0.25, 250ms", "1.25, 1.2s", "2.25, 2.2s", "0.35, 350ms", "0.05, 50ms", "0.75, 750ms", "3, 3.0s",
            "0.04, 40ms", "0.0005, 0.5ms", "0, 0ms", "1234.56, 1234.6s"})
    void theWaitKeepsItsPrecision(String wait, String shown) throws IOException {
        TckConfig.set(TARGET + "/fetch/Backoff/strategy", "constant");
        TckConfig.set(TARGET + "/fetch/Backoff/interval", wait);
        try (Deployed deployed = Tck.start(Api.class); LogCapture log = new LogCapture()) {
            Api api = deployed.get(Api.class);
            api.failFirst(1);

            api.fetch();

            assertThat(log.messages(Level.INFO)).containsExactly(
                    "Backing off " + TARGET + ".fetch(...) for " + shown + " (java.io.IOException: refused 1)");
        }
    }

    /** The records' source is the method the user wrote, as JUL's default format shows it, not the library. */
    @Test
    void theLinesSourceIsTheMethodTheUserWrote() {
        try (Deployed deployed = Tck.start(Api.class); LogCapture log = new LogCapture()) {
            Api api = deployed.get(Api.class);
            api.failFirst(9);

            assertThatThrownBy(api::fetch).hasMessage("refused 5");
            assertThat(log.records()).hasSize(5).allSatisfy(record -> {
                assertThat(record.getSourceClassName()).isEqualTo(TARGET);
                assertThat(record.getSourceMethodName()).isEqualTo("fetch");
            });
        }
    }

    @Test
    void aSuccessIsNotLogged() throws IOException {
        try (Deployed deployed = Tck.start(Api.class); LogCapture log = new LogCapture()) {
            assertThat(deployed.get(Api.class).fetch()).isEqualTo("ok");

            assertThat(log.messages(Level.INFO)).isEmpty();
            assertThat(log.messages(Level.WARNING)).isEmpty();
        }
    }

    @ApplicationScoped
    public static class Api {
        private final AtomicInteger calls = new AtomicInteger();
        private volatile int failures;

        public void failFirst(int n) {
            failures = n;
        }

        @Backoff(on = IOException.class, maxTries = 5, jitter = Jitter.NONE)
        public String fetch() throws IOException {
            int call = calls.incrementAndGet();
            if (call <= failures) {
                throw new IOException("refused " + call);
            }
            return "ok";
        }

        @Backoff(retryIf = Busy.class, maxTries = 2, jitter = Jitter.NONE)
        public String poll() {
            return "busy";
        }
    }

    public static class Busy implements Predicate<String> {
        @Override
        public boolean test(String value) {
            return value.equals("busy");
        }
    }
}
