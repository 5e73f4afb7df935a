package dev.backoff.tck.call;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import dev.backoff.WaitFunction;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.GiveupReason;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.support.LogCapture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC 2.4 and 4.1: a give-up says why: {@code GiveupEvent.reason()}, the first of 2.4's reasons that holds, in
 * their order; the WARNING line ends with it.
 */
@Spec({"2.4", "4.1"})
@Deploy({GiveupReasonTest.Calls.class, GiveupReasonTest.Observer.class})
class GiveupReasonTest {

    static final List<GiveupReason> REASONS = new CopyOnWriteArrayList<>();

    @Inject
    Calls calls;

    @BeforeEach
    void reset() {
        REASONS.clear();
        calls.reset();
    }

    @Test
    void maxTries() {
        assertThatThrownBy(calls::threeTries).hasMessage("failure 3");

        assertThat(REASONS).containsExactly(GiveupReason.MAX_TRIES);
    }

    @Test
    void theGiveupPredicateBeforeMaxTries() {
        assertThatThrownBy(calls::predicateOnTheOnlyTry).hasMessage("failure 1");

        assertThat(REASONS).containsExactly(GiveupReason.GIVEUP_PREDICATE);
    }

    @Test
    void maxTriesBeforeMaxTime() {
        assertThatThrownBy(calls::slowAndCounted).hasMessage("failure 2");

        assertThat(REASONS).containsExactly(GiveupReason.MAX_TRIES);
    }

    @Test
    void maxTime() {
        assertThatThrownBy(calls::slow).hasMessage("failure 2");

        assertThat(REASONS).containsExactly(GiveupReason.MAX_TIME);
    }

    @Test
    void waitsUsedUp() {
        assertThatThrownBy(calls::twoWaits).hasMessage("failure 3");

        assertThat(REASONS).containsExactly(GiveupReason.WAITS_USED_UP);
    }

    @Test
    void waitFromNull() {
        assertThatThrownBy(calls::serverSaysStop).hasMessage("failure 1");

        assertThat(REASONS).containsExactly(GiveupReason.WAIT_FROM_NULL);
    }

    @Test
    @Spec({"2.4", "3.1"})
    void anAsyncCallSaysWhyToo() {
        assertThat(calls.asyncThreeTries()).failsWithin(Duration.ofSeconds(10));

        assertThat(REASONS).containsExactly(GiveupReason.MAX_TRIES);
    }

    @Test
    @Spec({"2.4", "4.3"})
    void theWarningLineEndsWithTheReason() {
        try (LogCapture log = new LogCapture()) {
            assertThatThrownBy(calls::twoWaits).isInstanceOf(IOException.class);

            assertThat(log.messages(Level.WARNING)).singleElement().asString()
                    .endsWith("after 3 tries (java.io.IOException: failure 3), reason WAITS_USED_UP");
        }
    }

    @ApplicationScoped
    public static class Calls {
        private int failures;

        void reset() {
            failures = 0;
        }

        private IOException failure() {
            return new IOException("failure " + ++failures);
        }

        @Backoff(maxTries = 3, jitter = Jitter.NONE)
        public void threeTries() throws IOException {
            throwNext();
        }

        @Backoff(maxTries = 1, giveup = Always.class)
        public void predicateOnTheOnlyTry() throws IOException {
            throwNext();
        }

        /** Try 2 starts after the 1 s wait: maxTime has passed, and it is the last of maxTries. */
        @Backoff(maxTries = 2, maxTime = 1, jitter = Jitter.NONE)
        public void slowAndCounted() throws IOException {
            throwNext();
        }

        @Backoff(maxTime = 0.5, jitter = Jitter.NONE)
        public void slow() throws IOException {
            throwNext();
        }

        @Backoff(strategy = Wait.CONSTANT, interval = {1, 2}, jitter = Jitter.NONE)
        public void twoWaits() throws IOException {
            throwNext();
        }

        @Backoff(strategy = Wait.RUNTIME, waitFrom = NoWait.class, jitter = Jitter.NONE)
        public void serverSaysStop() throws IOException {
            throwNext();
        }

        @Backoff(maxTries = 3, jitter = Jitter.NONE)
        public CompletionStage<String> asyncThreeTries() {
            return CompletableFuture.failedFuture(failure());
        }

        private void throwNext() throws IOException {
            throw failure();
        }
    }

    public static class Always implements Predicate<IOException> {
        @Override
        public boolean test(IOException e) {
            return true;
        }
    }

    public static class NoWait implements WaitFunction {
        @Override
        public Duration waitFor(Object outcome) {
            return null;
        }
    }

    @ApplicationScoped
    public static class Observer {
        void heard(@Observes GiveupEvent event) {
            REASONS.add(event.reason());
        }
    }
}
