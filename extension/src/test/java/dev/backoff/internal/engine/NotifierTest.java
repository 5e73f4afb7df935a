package dev.backoff.internal.engine;

import dev.backoff.BackoffListener;
import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.SuccessEvent;
import dev.backoff.internal.policy.Logging;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static dev.backoff.internal.engine.Harness.seconds;
import static dev.backoff.internal.engine.Policies.policy;
import static dev.backoff.internal.policy.Members.LOGGING;
import static dev.backoff.internal.policy.Members.MAX_SERVER_DELAY;
import static dev.backoff.internal.policy.Members.MAX_TIME;
import static dev.backoff.internal.policy.Members.MAX_TRIES;
import static dev.backoff.internal.policy.Members.NAME;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link Notifier} tells (SPEC 4): an observer of one kind of event alone, without any listener, still gets whole
 * events (the call's arguments, the time elapsed); the meter counts every outcome; the log says each backoff and
 * give-up.
 */
class NotifierTest {

    private final Journal journal = new Journal();
    private final Log log = new Log();

    @AfterEach
    void closeLog() {
        log.close();
    }

    @Test
    void anObserverOfBackoffsAloneGetsTheArgumentsAndTheTimeElapsed() throws Exception {
        Harness harness = new Harness(journal.observers(Observers.Kind.BACKOFF));

        harness.call(policy().build(), Scripted.failingThenReturning(2, "ok").taking(harness.time, Duration.ofMillis(500)));

        assertThat(journal.events("observer", BackoffEvent.class)).hasSize(2).last().satisfies(e -> {
            assertThat(e.args()).containsExactly("id-7");
            assertThat(e.elapsed()).isEqualTo(seconds(1.5));
        });
    }

    @Test
    void anObserverOfGiveUpsAloneGetsTheArgumentsAndTheTimeElapsed() {
        Harness harness = new Harness(journal.observers(Observers.Kind.GIVEUP));

        harness.failure(policy().set(MAX_TRIES, 3).build(), Scripted.failing(3).taking(harness.time,
                Duration.ofMillis(500)));

        assertThat(journal.events("observer", GiveupEvent.class)).singleElement().satisfies(e -> {
            assertThat(e.args()).containsExactly("id-7");
            assertThat(e.elapsed()).isEqualTo(seconds(4));
        });
    }

    @Test
    void anObserverOfSuccessesAloneGetsTheArgumentsAndTheTimeElapsed() throws Exception {
        Harness harness = new Harness(journal.observers(Observers.Kind.SUCCESS));

        harness.call(policy().build(), Scripted.failingThenReturning(2, "ok").taking(harness.time, Duration.ofMillis(500)));

        assertThat(journal.events("observer", SuccessEvent.class)).singleElement().satisfies(e -> {
            assertThat(e.args()).containsExactly("id-7");
            assertThat(e.elapsed()).isEqualTo(seconds(4));
        });
    }

    /** Listeners alone, nobody observing: the events still carry the call's arguments and the time elapsed. */
    @Test
    void aListenerWithoutObserversGetsTheArgumentsAndTheTimeElapsed() throws Exception {
        Harness harness = new Harness();

        harness.call(policy().listeners(journal.listener("l")).build(),
                Scripted.failingThenReturning(2, "ok").taking(harness.time, Duration.ofMillis(500)));

        assertThat(journal.events("l", SuccessEvent.class)).singleElement().satisfies(e -> {
            assertThat(e.args()).containsExactly("id-7");
            assertThat(e.elapsed()).isEqualTo(seconds(4));
        });
    }

    /** SPEC 2.9: an interrupt ends the call as a give-up, and the give-up is told. */
    @Test
    void aGiveUpOnAnInterruptIsHeard() {
        Harness harness = new Harness();
        try {
            Thread.currentThread().interrupt();
            harness.failure(policy().listeners(journal.listener("l")).build(), Scripted.failing(1));
        } finally {
            Thread.interrupted();
        }

        assertThat(journal.lines()).containsExactly("l:giveup");
    }

    @Test
    void aGiveUpOnAnInterruptedWaitIsHeard() {
        Harness harness = new Harness();
        Scripted script = Scripted.failing(1).taking(harness.time, Duration.ZERO);
        BackoffListener interrupting = new BackoffListener() {
            @Override
            public void onBackoff(BackoffEvent event) {
                Thread.currentThread().interrupt(); // the wait that follows is interrupted
            }
        };
        try {
            harness.failure(policy().listeners(interrupting, journal.listener("l")).build(), script);
        } finally {
            Thread.interrupted();
        }

        assertThat(journal.lines()).containsExactly("l:backoff", "l:giveup");
    }

    @Test
    void theMeterCountsEveryRetryWaitAndOutcome() throws Exception {
        RecordingMeter meter = new RecordingMeter();
        Harness harness = new Harness();

        harness.call(policy().meter(meter).build(), Scripted.failingThenReturning(1, "ok"));
        harness.call(policy().meter(meter).build(), Scripted.of("first time"));
        harness.failure(policy().meter(meter).set(MAX_TRIES, 1).build(), Scripted.failing(1));

        assertThat(meter.lines).containsExactly("retried 1000000000", "succeeded 2", "succeeded 1", "gave up MAX_TRIES");
    }

    @Test
    void theLogSaysEachBackoffForHowLongAndWhyThenTheGiveUpAfterHowManyTries() throws Exception {
        new Harness().failure(policy().set(MAX_TRIES, 3).build(), Scripted.failing(3));
        new Harness().failure(policy().set(NAME, "orders").set(MAX_TRIES, 1).build(), Scripted.failing(1));
        new Harness().call(policy().set(MAX_TRIES, 2).retryIf("pending"::equals).build(),
                Scripted.of("pending", "pending"));

        assertThat(log.lines()).containsExactly(
                "INFO Backing off com.acme.Api.fetch(...) for 1.0s (java.io.IOException: failure 1)",
                "INFO Backing off com.acme.Api.fetch(...) for 2.0s (java.io.IOException: failure 2)",
                "WARNING Giving up com.acme.Api.fetch(...) after 3 tries (java.io.IOException: failure 3), reason MAX_TRIES",
                "WARNING Giving up com.acme.Api.fetch(...) [orders] after 1 try (java.io.IOException: failure 1), reason MAX_TRIES",
                "INFO Backing off com.acme.Api.fetch(...) for 1.0s (pending)",
                "WARNING Giving up com.acme.Api.fetch(...) after 2 tries (pending), reason MAX_TRIES");
    }

    @Test
    void aGiveUpForAReasonOtherThanTheLimitsSaysIt() {
        new Harness(() -> true).failure(policy().build(), Scripted.failing(1));

        assertThat(log.lines()).singleElement().asString()
                .isEqualTo("WARNING Giving up com.acme.Api.fetch(...) after 1 try (java.io.IOException: failure 1), reason "
                        + "TRANSACTION_ROLLBACK_ONLY: " + Transactions.ROLLBACK_ONLY);
    }

    @Test
    void theLoggingKeyGiveupLogsTheGiveUpsAlone() {
        new Harness().failure(policy().set(MAX_TRIES, 2).set(LOGGING, Logging.GIVEUP).build(), Scripted.failing(2));

        assertThat(log.lines()).containsExactly(
                "WARNING Giving up com.acme.Api.fetch(...) after 2 tries (java.io.IOException: failure 2), reason MAX_TRIES");
    }

    @Test
    void theLoggingKeyOffLogsNothing() {
        new Harness().failure(policy().set(MAX_TRIES, 2).set(LOGGING, Logging.OFF).build(), Scripted.failing(2));

        assertThat(log.lines()).isEmpty();
    }

    @Test
    void aServerDelayBeyondMaxServerDelaySaysBoth() {
        new Harness().failure(policy().time(MAX_SERVER_DELAY, 30).build(),
                Scripted.of(new ServerDirectedWaitTest.Throttled(Duration.ofSeconds(90))));

        assertThat(log.lines()).singleElement().asString().endsWith("reason SERVER_DELAY_TOO_LONG: the server asked to "
                + "wait 90.0s, longer than maxServerDelay (30.0s)");
    }

    @Test
    void aServerDelayBeyondTheTimeLeftBeforeMaxTimeSaysBoth() {
        Harness harness = new Harness();
        harness.failure(policy().time(MAX_TIME, 60).build(), Scripted.of(new IOException("refused"),
                new ServerDirectedWaitTest.Throttled(Duration.ofSeconds(90))).taking(harness.time, Duration.ofSeconds(15)));

        assertThat(log.lines()).as("try 2 started 16 s in: 15 s of try 1, 1 s of wait").last().asString()
                .endsWith("reason SERVER_DELAY_TOO_LONG: the server asked to wait 90.0s, longer than the 44.0s left "
                        + "before maxTime");
    }

    @Test
    void eachLineNamesTheInterceptedMethodAsItsSource() {
        new Harness().failure(policy().set(MAX_TRIES, 2).build(), Scripted.failing(2));

        assertThat(log.sources()).containsExactly(Policies.Api.class.getName() + ".fetch",
                Policies.Api.class.getName() + ".fetch");
    }

    /** Under a second in milliseconds, to the microsecond; from a second up in seconds, one decimal, half-even. */
    @Test
    void waitsAreLoggedInMillisecondsUnderASecondElseInSeconds() {
        assertThat(Notifier.duration(50_000_000L)).isEqualTo("50ms");
        assertThat(Notifier.duration(500_000L)).isEqualTo("0.5ms");
        assertThat(Notifier.duration(1_250_000L)).isEqualTo("1.25ms");
        assertThat(Notifier.duration(999_000_000L)).isEqualTo("999ms");
        assertThat(Notifier.duration(1_000_000_000L)).isEqualTo("1.0s");
        assertThat(Notifier.duration(1_250_000_000L)).isEqualTo("1.2s");
        assertThat(Notifier.duration(1_350_000_000L)).isEqualTo("1.4s");
    }

    /** The {@code dev.backoff} logger's records at every level while open, kept off the console. */
    private static final class Log extends Handler {
        private static final Logger LOGGER = Logger.getLogger("dev.backoff");
        private final List<String> lines = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();
        private final Level level = LOGGER.getLevel();
        private final boolean toParents = LOGGER.getUseParentHandlers();

        Log() {
            LOGGER.setLevel(Level.ALL);
            LOGGER.setUseParentHandlers(false);
            LOGGER.addHandler(this);
        }

        List<String> lines() {
            return lines;
        }

        List<String> sources() {
            return sources;
        }

        @Override
        public void publish(LogRecord record) {
            lines.add(record.getLevel() + " " + record.getMessage());
            sources.add(record.getSourceClassName() + "." + record.getSourceMethodName());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            LOGGER.removeHandler(this);
            LOGGER.setLevel(level);
            LOGGER.setUseParentHandlers(toParents);
        }
    }
}
