package dev.backoff.tck.call;

import dev.backoff.Backoff;
import dev.backoff.BackoffLimits;
import dev.backoff.BackoffListener;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.SuccessEvent;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SPEC 2, rule by rule: the loop of one synchronous call, seen from the caller, the listeners and the clock. */
@Spec({"2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9"})
@Deploy({OneCallTest.Api.class, OneCallTest.WaitWatcher.class})
class OneCallTest {

    /** What the listeners and predicates of {@link Api} heard, in order. */
    static final List<String> HEARD = new CopyOnWriteArrayList<>();

    @Inject
    Api api;

    @Inject
    VirtualTime time;

    @BeforeEach
    void reset() {
        HEARD.clear();
        CallLimits.reads.set(0);
    }

    @Test
    @Spec("2.1")
    void limitsAreReadAtTheStartOfEveryCallAndNothingCarriesOver() {
        CallLimits.maxTries = 2;
        assertThatThrownBy(api::limited).hasMessage("down 2");
        CallLimits.maxTries = 3;
        assertThatThrownBy(api::limited).hasMessage("down 5");

        assertThat(api.calls()).isEqualTo(5);
        assertThat(CallLimits.reads).as("maxTries() read once per call").hasValue(2);
        assertThat(time.waits()).as("the second call starts the sequence again")
                .containsExactly(ofSeconds(1), ofSeconds(1), ofSeconds(2));
    }

    /** The first attempt takes 20 s of a 10 s maxTime, but it started at 0 s: the second attempt still happens. */
    @Test
    @Spec("2.2")
    void elapsedIsTakenBeforeTheAttempt() {
        assertThatThrownBy(api::slow).hasMessage("slow 2");

        assertThat(api.calls()).isEqualTo(2);
        assertThat(time.waits()).containsExactly(ofSeconds(1));
    }

    @Test
    @Spec("2.3")
    void anAbortOnExceptionIsThrownAtOnceWithoutEvents() {
        FileNotFoundException missing = new FileNotFoundException("no such order");
        api.failWith(missing);

        assertThatThrownBy(api::guarded).isSameAs(missing);
        assertThat(api.calls()).isEqualTo(1);
        assertThat(HEARD).isEmpty();
    }

    @Test
    @Spec("2.3")
    void anExceptionNotInOnIsThrownAtOnceWithoutEvents() {
        IllegalStateException bug = new IllegalStateException("bug");
        api.failWith(bug);

        assertThatThrownBy(api::guarded).isSameAs(bug);
        assertThat(api.calls()).isEqualTo(1);
        assertThat(HEARD).isEmpty();
    }

    @Test
    @Spec("2.3")
    void aSuccessIsHeardWithItsValue() throws IOException {
        api.failWith(null);

        assertThat(api.guarded()).isEqualTo("guarded 1");
        assertThat(HEARD).containsExactly("success guarded 1 after 1");
    }

    @Test
    @Spec("2.4")
    void giveupRunsOnEveryMatchingExceptionTheLastOneToo() {
        assertThatThrownBy(api::judged).hasMessage("judged 3");

        assertThat(HEARD).containsExactly("giveup? judged 1", "backoff 1", "giveup? judged 2", "backoff 2",
                "giveup? judged 3", "gave up after 3");
    }

    @Test
    @Spec("2.4")
    void giveupSayingTrueEndsTheCallBeforeMaxTries() {
        api.failWith(new IOException("fatal"));

        assertThatThrownBy(api::judged).hasMessage("fatal");
        assertThat(HEARD).containsExactly("giveup? fatal", "gave up after 1");
        assertThat(time.waits()).isEmpty();
    }

    @Test
    @Spec("2.4")
    void aUsedUpIntervalListGivesUp() {
        assertThatThrownBy(api::twoWaits).hasMessage("twoWaits 3");

        assertThat(time.waits()).containsExactly(ofSeconds(1), ofSeconds(2));
    }

    /** EXPO 1, 2, 4, 8 capped at 3, then cut to what is left of 8 s: 1, 2, 3, 2; the try at 8 s is the last. */
    @Test
    @Spec("2.5")
    void eachWaitIsCappedThenCutToTheTimeLeft() {
        assertThatThrownBy(api::capped).hasMessage("capped 5");

        assertThat(time.waits()).containsExactly(ofSeconds(1), ofSeconds(2), ofSeconds(3), ofSeconds(2));
    }

    @Test
    @Spec("2.6")
    void onBackoffRunsBeforeTheWait() {
        assertThatThrownBy(api::watched).hasMessage("watched 3");

        assertThat(HEARD).containsExactly("backoff 1 after 0 waits", "backoff 2 after 1 waits");
    }

    @Test
    @Spec("2.7")
    void raiseOnGiveupFalseReturnsNullZeroOrFalse() throws IOException {
        assertThat(api.quietText()).isNull();
        assertThat(api.quietNumber()).isZero();
        assertThat(api.quietFlag()).isFalse();
        assertThat(api.calls()).isEqualTo(6);
    }

    @Test
    @Spec("2.8")
    void anExceptionFromAListenerEndsTheCall() {
        assertThatThrownBy(api::loudlyWatched).isInstanceOf(IllegalStateException.class)
                .hasMessage("listener refuses backoff 1");

        assertThat(api.calls()).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
    }

    @Test
    @Spec("2.9")
    void attemptsAndListenersRunOnTheCallingThread() {
        assertThatThrownBy(api::watched).hasMessage("watched 3");

        assertThat(api.threads()).containsOnly(Thread.currentThread().getName()).hasSize(3);
        assertThat(HEARD).hasSize(2);
    }

    @Test
    @Spec("2.9")
    void anInterruptDuringAWaitEndsTheLoopWithTheLastFailure() {
        try {
            assertThatThrownBy(api::interrupted).isInstanceOf(IOException.class).hasMessage("interrupted 1")
                    .satisfies(e -> assertThat(e.getSuppressed()).singleElement()
                            .isInstanceOf(InterruptedException.class));
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt flag stays set").isTrue();
            assertThat(api.calls()).isEqualTo(1);
        } finally {
            Thread.interrupted();
        }
    }

    @ApplicationScoped
    public static class Api {
        private final AtomicInteger calls = new AtomicInteger();
        private final List<String> threads = new CopyOnWriteArrayList<>();
        private volatile Exception failure;

        @Inject
        VirtualTime time;

        public int calls() {
            return calls.get();
        }

        public List<String> threads() {
            return threads;
        }

        public void failWith(Exception e) {
            failure = e;
        }

        private IOException next(String method) {
            threads.add(Thread.currentThread().getName());
            return new IOException(method + " " + calls.incrementAndGet());
        }

        @Backoff(on = IOException.class, limits = CallLimits.class, jitter = Jitter.NONE)
        public String limited() throws IOException {
            throw next("down");
        }

        @Backoff(on = IOException.class, maxTime = 10, jitter = Jitter.NONE)
        public String slow() throws IOException {
            time.advance(ofSeconds(20));
            throw next("slow");
        }

        @Backoff(on = IOException.class, abortOn = FileNotFoundException.class, maxTries = 3,
                listeners = Recorder.class)
        public String guarded() throws IOException {
            IOException attempt = next("guarded");
            if (failure instanceof IOException e) {
                throw e;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            return attempt.getMessage();
        }

        @Backoff(on = IOException.class, giveup = FatalOnly.class, maxTries = 3, jitter = Jitter.NONE,
                listeners = Recorder.class)
        public String judged() throws IOException {
            IOException attempt = next("judged");
            throw failure instanceof IOException e ? e : attempt;
        }

        @Backoff(on = IOException.class, strategy = Wait.CONSTANT, interval = {1, 2}, jitter = Jitter.NONE)
        public String twoWaits() throws IOException {
            throw next("twoWaits");
        }

        @Backoff(on = IOException.class, maxValue = 3, maxTime = 8, jitter = Jitter.NONE)
        public String capped() throws IOException {
            throw next("capped");
        }

        @Backoff(on = IOException.class, maxTries = 3, jitter = Jitter.NONE, listeners = WaitWatcher.class)
        public String watched() throws IOException {
            throw next("watched");
        }

        @Backoff(on = IOException.class, maxTries = 3, listeners = Refuser.class)
        public String loudlyWatched() throws IOException {
            throw next("loudlyWatched");
        }

        @Backoff(on = IOException.class, maxTries = 3, listeners = Interrupter.class)
        public String interrupted() throws IOException {
            throw next("interrupted");
        }

        @Backoff(on = IOException.class, maxTries = 2, raiseOnGiveup = false)
        public String quietText() throws IOException {
            throw next("quietText");
        }

        @Backoff(on = IOException.class, maxTries = 2, raiseOnGiveup = false)
        public int quietNumber() throws IOException {
            throw next("quietNumber");
        }

        @Backoff(on = IOException.class, maxTries = 2, raiseOnGiveup = false)
        public boolean quietFlag() throws IOException {
            throw next("quietFlag");
        }
    }

    public static class CallLimits implements BackoffLimits {
        static volatile int maxTries;
        static final AtomicInteger reads = new AtomicInteger();

        @Override
        public int maxTries() {
            reads.incrementAndGet();
            return maxTries;
        }
    }

    public static class FatalOnly implements Predicate<Throwable> {
        @Override
        public boolean test(Throwable e) {
            HEARD.add("giveup? " + e.getMessage());
            return e.getMessage().equals("fatal");
        }
    }

    public static class Recorder implements BackoffListener {
        @Override
        public void onBackoff(BackoffEvent e) {
            HEARD.add("backoff " + e.tries());
        }

        @Override
        public void onGiveup(GiveupEvent e) {
            HEARD.add("gave up after " + e.tries());
        }

        @Override
        public void onSuccess(SuccessEvent e) {
            HEARD.add("success " + e.value() + " after " + e.tries());
        }
    }

    /** A listener bean that looks at the clock: how many waits were taken when it hears of the next one. */
    @ApplicationScoped
    public static class WaitWatcher implements BackoffListener {
        @Inject
        VirtualTime time;

        @Override
        public void onBackoff(BackoffEvent e) {
            HEARD.add("backoff " + e.tries() + " after " + time.waits().size() + " waits");
        }
    }

    public static class Refuser implements BackoffListener {
        @Override
        public void onBackoff(BackoffEvent e) {
            throw new IllegalStateException("listener refuses backoff " + e.tries());
        }
    }

    public static class Interrupter implements BackoffListener {
        @Override
        public void onBackoff(BackoffEvent e) {
            Thread.currentThread().interrupt();
        }
    }
}
