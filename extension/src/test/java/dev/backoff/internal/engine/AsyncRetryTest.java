package dev.backoff.internal.engine;

import dev.backoff.BackoffLimits;
import dev.backoff.BackoffListener;
import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.GiveupReason;
import dev.backoff.event.SuccessEvent;
import dev.backoff.internal.policy.Policy;
import dev.backoff.spi.BackoffScheduler;
import dev.backoff.testing.VirtualTime;
import org.junit.jupiter.api.Test;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;

import static dev.backoff.internal.engine.Harness.durations;
import static dev.backoff.internal.engine.Harness.seconds;
import static dev.backoff.internal.engine.Policies.policy;
import static dev.backoff.internal.policy.Members.ABORT_ON;
import static dev.backoff.internal.policy.Members.ENABLED;
import static dev.backoff.internal.policy.Members.FACTOR;
import static dev.backoff.internal.policy.Members.MAX_TIME;
import static dev.backoff.internal.policy.Members.MAX_TRIES;
import static dev.backoff.internal.policy.Members.ON;
import static dev.backoff.internal.policy.Members.RAISE_ON_GIVEUP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The async loop without a container (SPEC 2 and 3): {@link AsyncRetry} with a scheduler that runs each wait's task at
 * once, nested, and one that keeps it until the test runs it; {@link PendingRetries} as a container's shutdown uses
 * it. Attempts return the stages a {@link Scripted} holds. Results are read with {@code getNow}, never waited for: both
 * schedulers run every task on the test's thread, so a call is done once its last task has run, and a loop that never
 * completes fails its test at once instead of hanging it.
 */
class AsyncRetryTest {

    private final Journal journal = new Journal();
    private final PendingRetries pending = new PendingRetries();
    private final Schedulers.Deferring deferring = new Schedulers.Deferring();

    /** The loop on {@code scheduler}, its clock {@code time}, nobody observing (the common path). */
    private AsyncRetry retry(BackoffScheduler scheduler, VirtualTime time) {
        return retry(scheduler, time, Observers.NONE, ContextCarrier.NONE);
    }

    private AsyncRetry retry(BackoffScheduler scheduler, VirtualTime time, Observers observers,
                             ContextCarrier contexts) {
        return new AsyncRetry(time, scheduler, new Notifier(observers), pending, contexts);
    }

    /** The loop on the deferring scheduler, the journal observing every event. */
    private AsyncRetry observed() {
        return retry(deferring, deferring.time, journal.observers(), ContextCarrier.NONE);
    }

    private static CompletableFuture<Object> call(AsyncRetry retry, Policy policy, Scripted script) {
        return retry.call(policy, script, Scripted.TARGET);
    }

    private static CompletionStage<String> failed(String message) {
        return CompletableFuture.failedFuture(new IOException(message));
    }

    private static CompletionStage<String> done(String value) {
        return CompletableFuture.completedFuture(value);
    }

    /** The exception inside a stage a script returned. */
    private static Throwable thrownBy(Object stage) {
        return ((CompletableFuture<?>) stage).handle((value, thrown) -> thrown).join();
    }

    @Test
    void theCallsTraceEndsOnceHoweverTheCallEnds() {
        Ends traces = new Ends();
        AsyncRetry retry = new AsyncRetry(deferring.time, deferring, new Notifier(Observers.NONE, traces), pending,
                ContextCarrier.NONE);

        CompletableFuture<Object> gaveUp = call(retry, policy().set(MAX_TRIES, 2).build(),
                Scripted.of(failed("1"), failed("2")));
        deferring.runNext();
        CompletableFuture<Object> cancelled = call(retry, policy().build(), Scripted.of(failed("1"), done("ok")));
        cancelled.cancel(false);
        deferring.runNext();
        CompletableFuture<Object> succeeded = call(retry, policy().build(), Scripted.of(failed("1"), done("ok")));
        deferring.runNext();

        assertThat(gaveUp).isCompletedExceptionally();
        assertThat(succeeded).isCompletedWithValue("ok");
        assertThat(traces.ends).containsExactly("2 IOException", "1 CancellationException", "2 returned");
    }

    /** A caller may complete the future itself, to stop waiting: it answers as any CompletableFuture, and no attempt follows. */
    @Test
    void aCallerCompletingTheFutureItselfGetsCompletableFuturesAnswersAndEndsTheCall() {
        Scripted script = Scripted.of(failed("1"), done("ok"));
        CompletableFuture<Object> completed = call(observed(), policy().build(), script);
        CompletableFuture<Object> failedByCaller = call(observed(), policy().build(), Scripted.of(failed("1"), done("ok")));

        assertThat(completed.complete("mine")).isTrue();
        assertThat(completed.complete("again")).isFalse();
        assertThat(failedByCaller.completeExceptionally(new IllegalStateException("mine"))).isTrue();
        assertThat(failedByCaller.completeExceptionally(new IllegalStateException("again"))).isFalse();
        deferring.runNext();
        deferring.runNext();

        assertThat(completed).isCompletedWithValue("mine");
        assertThat(failedByCaller).isCompletedExceptionally();
        assertThat(script.attempts()).isEqualTo(1);
        assertThat(journal.events("observer", SuccessEvent.class)).isEmpty();
    }

    @Test
    void failedStagesAreRetriedAfterEachWaitOnASchedulerThatRunsTasksAtOnce() {
        Schedulers.Inline inline = new Schedulers.Inline();
        Scripted script = Scripted.of(failed("1"), failed("2"), done("ok"));

        CompletableFuture<Object> result = call(retry(inline, inline.time), policy().build(), script);

        assertThat(result.getNow(null)).isEqualTo("ok");
        assertThat(script.attempts()).isEqualTo(3);
        assertThat(inline.waits).isEqualTo(durations(1, 2));
    }

    @Test
    void noAttemptStartsBeforeItsWaitIsOver() {
        Scripted script = Scripted.of(failed("1"), failed("2"), done("ok"));

        CompletableFuture<Object> result = call(retry(deferring, deferring.time), policy().build(), script);

        assertThat(result).isNotDone();
        assertThat(script.attempts()).isEqualTo(1);
        deferring.runNext();
        assertThat(script.attempts()).isEqualTo(2);
        assertThat(result).isNotDone();
        deferring.runNext();
        assertThat(result).isCompletedWithValue("ok");
        assertThat(deferring.waits).isEqualTo(durations(1, 2));
    }

    @Test
    void anAttemptStillRunningIsWaitedFor() {
        CompletableFuture<String> first = new CompletableFuture<>();
        Scripted script = Scripted.of(first, done("ok"));

        CompletableFuture<Object> result = call(retry(deferring, deferring.time), policy().build(), script);
        assertThat(result).isNotDone();
        first.completeExceptionally(new IOException("late"));
        deferring.runNext();

        assertThat(result).isCompletedWithValue("ok");
    }

    @Test
    void givingUpCompletesWithTheLastExceptionItselfAndIsHeardByListenersThenObservers() {
        Scripted script = Scripted.of(failed("1"), failed("2"), failed("3"));
        Policy policy = policy().set(MAX_TRIES, 3).listeners(journal.listener("l")).build();

        CompletableFuture<Object> result = call(observed(), policy, script);
        deferring.runNext();
        deferring.runNext();

        assertThatThrownBy(() -> result.getNow(null)).isInstanceOf(CompletionException.class).cause()
                .isSameAs(thrownBy(script.outcome(3)));
        assertThat(journal.lines()).containsExactly("l:backoff", "observer:backoff", "l:backoff", "observer:backoff",
                "l:giveup", "observer:giveup");
        assertThat(journal.events("l", GiveupEvent.class)).singleElement().satisfies(e -> {
            assertThat(e.tries()).isEqualTo(3);
            assertThat(e.exception()).isSameAs(thrownBy(script.outcome(3)));
            assertThat(e.args()).containsExactly("id-7");
        });
    }

    /** The clock does not start at zero: elapsed is the time since the call started, not the clock's reading. */
    @Test
    void eventsCarryTheTimeElapsedSinceTheCallStarted() {
        deferring.time.advance(Duration.ofSeconds(100));
        Scripted script = Scripted.of(failed("1"), failed("2"), done("ok"))
                .taking(deferring.time, Duration.ofMillis(500));

        CompletableFuture<Object> result = call(observed(), policy().listeners(journal.listener("l")).build(), script);
        deferring.runNext();
        deferring.runNext();

        assertThat(result).isCompletedWithValue("ok");
        assertThat(journal.events("l", BackoffEvent.class)).extracting(BackoffEvent::elapsed)
                .isEqualTo(durations(0, 1.5));
        assertThat(journal.events("l", BackoffEvent.class)).extracting(BackoffEvent::waitTime)
                .isEqualTo(durations(1, 2));
        assertThat(journal.events("l", SuccessEvent.class)).singleElement().satisfies(e -> {
            assertThat(e.tries()).isEqualTo(3);
            assertThat(e.elapsed()).isEqualTo(seconds(4));
            assertThat(e.value()).isEqualTo("ok");
        });
    }

    /** Nobody listening: the call's time limit alone starts the clock, at the call's start. */
    @Test
    void maxTimeCutsTheLastWaitAndEndsTheCall() {
        deferring.time.advance(Duration.ofSeconds(100));
        Scripted script = Scripted.of(failed("1"), failed("2"), failed("3"));

        CompletableFuture<Object> result = call(retry(deferring, deferring.time),
                policy().time(MAX_TIME, 2.5).build(), script);
        deferring.runNext();
        deferring.runNext();

        assertThatThrownBy(() -> result.getNow(null)).cause().hasMessage("3");
        assertThat(deferring.waits).isEqualTo(durations(1, 1.5));
    }

    @Test
    void aRejectedValueIsRetriedAndTheLastOneReturnedOnGiveUp() {
        Schedulers.Inline inline = new Schedulers.Inline();
        Scripted script = Scripted.of(done(""), done(""), done(""));

        Object value = call(retry(inline, inline.time), policy().set(MAX_TRIES, 3).retryIf(""::equals).build(), script)
                .getNow(null);

        assertThat(value).isEqualTo("");
        assertThat(script.attempts()).isEqualTo(3);
    }

    @Test
    void raiseOnGiveupFalseCompletesWithNull() {
        Schedulers.Inline inline = new Schedulers.Inline();

        CompletableFuture<Object> result = call(retry(inline, inline.time),
                policy().set(MAX_TRIES, 2).set(RAISE_ON_GIVEUP, false).build(), Scripted.of(failed("1"), failed("2")));

        assertThat(result).isCompletedWithValue(null);
    }

    @Test
    void anAbortOnExceptionEndsTheCallAtOnceUnheard() {
        FileNotFoundException missing = new FileNotFoundException("no such order");
        Policy policy = policy().set(ON, new Class<?>[] {IOException.class})
                .set(ABORT_ON, new Class<?>[] {FileNotFoundException.class}).listeners(journal.listener("l")).build();
        Scripted script = Scripted.of(CompletableFuture.failedFuture(missing), done("never"));

        CompletableFuture<Object> result = call(observed(), policy, script);

        assertThatThrownBy(() -> result.getNow(null)).cause().isSameAs(missing);
        assertThat(script.attempts()).isEqualTo(1);
        assertThat(journal.lines()).isEmpty();
    }

    @Test
    void wrappersOfTheAttemptsExceptionAreTakenOffBeforeMatchingAndOnGiveUp() {
        Schedulers.Inline inline = new Schedulers.Inline();
        IOException last = new IOException("last");
        Scripted script = Scripted.of(CompletableFuture.failedFuture(new CompletionException(new IOException("1"))),
                CompletableFuture.failedFuture(new CompletionException(new ExecutionException(last))));
        Policy policy = policy().set(ON, new Class<?>[] {IOException.class}).set(MAX_TRIES, 2).build();

        CompletableFuture<Object> result = call(retry(inline, inline.time), policy, script);

        assertThatThrownBy(() -> result.getNow(null)).cause().isSameAs(last);
        assertThat(script.attempts()).isEqualTo(2);
    }

    @Test
    void aSynchronousThrowIsAFailedAttempt() {
        Schedulers.Inline inline = new Schedulers.Inline();
        Scripted script = Scripted.of(new IOException("thrown, not returned"), done("ok"));

        assertThat(call(retry(inline, inline.time), policy().build(), script).getNow(null)).isEqualTo("ok");
        assertThat(script.attempts()).isEqualTo(2);
    }

    @Test
    void nullInsteadOfAStageIsAFailedAttemptNamingTheMethod() {
        Schedulers.Inline inline = new Schedulers.Inline();

        CompletableFuture<Object> result = call(retry(inline, inline.time), policy().set(MAX_TRIES, 2).build(),
                Scripted.of(null, null));

        assertThatThrownBy(() -> result.getNow(null)).cause().isInstanceOf(NullPointerException.class)
                .hasMessage("com.acme.Api.fetch(...) returned null instead of a CompletionStage");
    }

    @Test
    void aDisabledPolicyMakesOneAttemptAndGivesItsOutcomeUnwrapped() {
        IOException failure = new IOException("once");
        Policy disabled = policy().set(ENABLED, false).build();

        CompletableFuture<Object> failed = call(retry(deferring, deferring.time), disabled,
                Scripted.of(CompletableFuture.failedFuture(new CompletionException(failure))));
        CompletableFuture<Object> succeeded = call(retry(deferring, deferring.time), disabled, Scripted.of(done("ok")));

        assertThatThrownBy(() -> failed.getNow(null)).cause().isSameAs(failure);
        assertThat(succeeded).isCompletedWithValue("ok");
        assertThat(deferring.waits).isEmpty();
    }

    @Test
    void aFirstAttemptDoneAlreadyIsAnsweredAtOnceAndCounted() {
        RecordingMeter meter = new RecordingMeter();
        Policy policy = policy().meter(meter).build();

        CompletableFuture<Object> done = call(retry(deferring, deferring.time), policy, Scripted.of(done("ok")));
        CompletableFuture<Object> minimal = call(retry(deferring, deferring.time), policy,
                Scripted.of(CompletableFuture.completedStage("minimal")));

        assertThat(done).isCompletedWithValue("ok");
        assertThat(minimal).isCompletedWithValue("minimal");
        assertThat(meter.lines).containsExactly("succeeded 1", "succeeded 1");
    }

    @Test
    void limitsThatCannotBeReadEndTheCallBeforeAnyAttempt() {
        Scripted script = Scripted.of(done("never"));
        BackoffLimits negative = new BackoffLimits() {
            @Override
            public int maxTries() {
                return -1;
            }
        };

        CompletableFuture<Object> result = call(retry(deferring, deferring.time), policy().limits(negative).build(),
                script);

        assertThatThrownBy(() -> result.getNow(null)).cause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("maxTries() returned -1");
        assertThat(script.attempts()).isZero();
    }

    @Test
    void aListenerThatThrowsEndsTheCallKeepingTheAttemptsFailure() {
        IllegalStateException boom = new IllegalStateException("listener refuses");
        BackoffListener refusing = new BackoffListener() {
            @Override
            public void onBackoff(BackoffEvent event) {
                throw boom;
            }
        };
        Scripted script = Scripted.of(failed("1"), done("never"));

        CompletableFuture<Object> result = call(observed(), policy().listeners(refusing).build(), script);

        assertThatThrownBy(() -> result.getNow(null)).cause().isSameAs(boom);
        assertThat(boom.getSuppressed()).containsExactly(thrownBy(script.outcome(1)));
        assertThat(deferring.waits).isEmpty();
    }

    @Test
    void aSchedulerThatRefusesTheWaitEndsTheCallKeepingTheAttemptsFailure() {
        Scripted script = Scripted.of(failed("1"), done("never"));

        CompletableFuture<Object> result = call(retry(new Schedulers.Refusing(), new VirtualTime()),
                policy().build(), script);

        assertThatThrownBy(() -> result.getNow(null)).cause().isInstanceOf(RejectedExecutionException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).containsExactly(thrownBy(script.outcome(1))));
    }

    /**
     * SPEC 3.3: every attempt fails synchronously and the scheduler runs each retry at once, inside
     * {@code schedule}: only the loop's own guard keeps the stack from growing with each of 10,000 tries (nested, they
     * would need some ten times the thread's stack).
     */
    @Test
    void anyNumberOfRetriesRunsInConstantStackDepthOnASchedulerThatNests() {
        Schedulers.Inline inline = new Schedulers.Inline();
        Depths depths = new Depths(10_000);

        CompletableFuture<Object> result = retry(inline, inline.time)
                .call(policy().set(FACTOR, 0.0).set(MAX_TRIES, 10_000).build(), depths, Depths.TARGET);

        assertThatThrownBy(() -> result.getNow(null)).cause().isInstanceOf(IOException.class).hasMessage("try 10000");
        assertThat(depths.tries).isEqualTo(10_000);
        assertThat(depths.atTry3).as("stack depth at the third try and the last").isEqualTo(depths.atLast);
    }

    @Test
    void aFutureThatIsDoneCannotBeCancelled() {
        CompletableFuture<Object> result = call(retry(deferring, deferring.time), policy().build(),
                Scripted.of(failed("1"), done("ok")));
        deferring.runNext();

        assertThat(result.cancel(false)).isFalse();
        assertThat(result).isCompletedWithValue("ok");
    }

    /** SPEC 2.9: an attempt that fails with an {@code InterruptedException} ends the call, and the give-up is told. */
    @Test
    void anInterruptedAttemptEndsTheCallAndIsHeard() {
        InterruptedException interrupted = new InterruptedException("stop");
        Scripted script = Scripted.of(CompletableFuture.failedFuture(interrupted), done("never"));

        CompletableFuture<Object> result = call(observed(), policy().listeners(journal.listener("l")).build(), script);

        assertThatThrownBy(() -> result.getNow(null)).cause().isSameAs(interrupted);
        assertThat(journal.lines()).containsExactly("l:giveup", "observer:giveup");
        assertThat(deferring.waits).isEmpty();
    }

    @Test
    void cancellingDuringAWaitCancelsTheWaitAndStartsNoFurtherAttempt() {
        Scripted script = Scripted.of(failed("1"), done("never"));
        CompletableFuture<Object> result = call(retry(deferring, deferring.time), policy().build(), script);

        assertThat(result.cancel(false)).isTrue();

        assertThat(deferring.lastCancelled()).isTrue();
        deferring.runNext();
        assertThat(script.attempts()).isEqualTo(1);
        assertThat(result).isCancelled();
    }

    /** Cancelled by another thread while the wait was being scheduled: the wait is cancelled once it is known. */
    @Test
    void cancellingWhileTheWaitIsBeingScheduledCancelsIt() {
        List<CompletableFuture<Object>> result = new ArrayList<>();
        deferring.whileScheduling = () -> result.get(0).cancel(false);
        CompletableFuture<String> first = new CompletableFuture<>();

        result.add(call(retry(deferring, deferring.time), policy().build(), Scripted.of(first, done("never"))));
        first.completeExceptionally(new IOException("1"));

        assertThat(deferring.lastCancelled()).isTrue();
        assertThat(result.get(0)).isCancelled();
    }

    /** The stage the method returned may be held by others too (a cached or single-flight future). */
    @Test
    void cancellingDuringAnAttemptLeavesTheStageTheMethodReturnedAlone() {
        CompletableFuture<String> inFlight = new CompletableFuture<>();
        CompletableFuture<Object> result = call(retry(deferring, deferring.time), policy().build(),
                Scripted.of(inFlight));

        assertThat(result.cancel(true)).isTrue();

        assertThat(inFlight).isNotDone();
    }

    @Test
    void anAttemptFailingAfterCancellationStartsNoWaitAndIsNotHeard() {
        CompletableFuture<String> inFlight = new CompletableFuture<>();
        CompletableFuture<Object> result = call(observed(), policy().listeners(journal.listener("l")).build(),
                Scripted.of(inFlight));
        result.cancel(false);

        inFlight.completeExceptionally(new IOException("late failure"));

        assertThat(deferring.waits).isEmpty();
        assertThat(journal.lines()).isEmpty();
    }

    @Test
    void shutdownCancelsAWaitingCallNamingIt() {
        Scripted script = Scripted.of(failed("1"), done("never"));
        CompletableFuture<Object> result = call(retry(deferring, deferring.time), policy().build(), script);

        pending.close();

        assertThatThrownBy(() -> result.getNow(null)).isInstanceOf(CancellationException.class)
                .hasMessage("backoff-cdi: the container shut down while com.acme.Api.fetch(...) was waiting to retry");
        assertThat(deferring.lastCancelled()).isTrue();
        deferring.runNext();
        assertThat(script.attempts()).isEqualTo(1);
    }

    @Test
    void afterShutdownAFailedAttemptEndsTheCallWithoutAWait() {
        pending.close();

        CompletableFuture<Object> result = call(retry(deferring, deferring.time), policy().build(),
                Scripted.of(failed("1"), done("never")));

        assertThatThrownBy(() -> result.getNow(null)).isInstanceOf(CancellationException.class)
                .hasMessageContaining("the container shut down");
        assertThat(deferring.scheduled()).isZero();
    }

    /**
     * A call its caller cancelled is no longer waiting: shutdown leaves it, and its wait, alone. (A call that stayed
     * among the waiting ones would also be kept from the garbage collector until shutdown.)
     */
    @Test
    void shutdownLeavesACallItsCallerCancelled() {
        CompletableFuture<Object> result = call(retry(deferring, deferring.time), policy().build(),
                Scripted.of(failed("1"), done("never")));
        result.cancel(false);
        assertThat(deferring.lastCancels()).isEqualTo(1);

        pending.close();

        assertThat(deferring.lastCancels()).as("cancelled by the caller only, not again by shutdown").isEqualTo(1);
        assertThat(result).isCancelled();
    }

    /** Only waiting calls are cancelled: one whose retry already started is no longer waiting. */
    @Test
    void shutdownLeavesACallWhoseRetryIsUnderWay() {
        CompletableFuture<String> second = new CompletableFuture<>();
        CompletableFuture<Object> result = call(retry(deferring, deferring.time), policy().build(),
                Scripted.of(failed("1"), second));
        deferring.runNext();

        pending.close();
        second.complete("ok");

        assertThat(result).isCompletedWithValue("ok");
    }

    @Test
    void laterAttemptsRunInTheCallersCapturedContext() {
        ThreadLocal<String> context = new ThreadLocal<>();
        List<String> seen = new ArrayList<>();
        ContextCarrier carrier = () -> attempts -> {
            context.set("caller's");
            try {
                attempts.run();
            } finally {
                context.remove();
            }
        };
        Scripted script = Scripted.of(failed("1"), failed("2"), done("ok"));
        Target<Scripted> seeing = new Target<>() {
            @Override
            public Object attempt(Scripted call) throws Exception {
                seen.add(context.get());
                return Scripted.TARGET.attempt(call);
            }

            @Override
            public Object[] arguments(Scripted call) {
                return Scripted.TARGET.arguments(call);
            }
        };

        CompletableFuture<Object> result = retry(deferring, deferring.time, Observers.NONE, carrier)
                .call(policy().build(), script, seeing);
        deferring.runNext();
        deferring.runNext();

        assertThat(result).isCompletedWithValue("ok");
        assertThat(seen).containsExactly(null, "caller's", "caller's");
    }

    @Test
    void aContextThatCannotBeEnteredEndsTheCall() {
        IllegalStateException ended = new IllegalStateException("the request is gone");
        ContextCarrier carrier = () -> attempts -> {
            throw ended;
        };

        CompletableFuture<Object> result = retry(deferring, deferring.time, journal.observers(), carrier)
                .call(policy().build(), Scripted.of(failed("1"), done("never")), Scripted.TARGET);
        deferring.runNext();

        assertThatThrownBy(() -> result.getNow(null)).cause().isSameAs(ended);
    }

    /** A call that fails synchronously every time and notes the stack's depth at its third and last try. */
    private static final class Depths {
        static final Target<Depths> TARGET = new Target<>() {
            @Override
            public Object attempt(Depths call) throws IOException {
                int tries = ++call.tries;
                if (tries == 3) {
                    call.atTry3 = new Throwable().getStackTrace().length;
                } else if (tries == call.last) {
                    call.atLast = new Throwable().getStackTrace().length;
                }
                throw new Traceless("try " + tries);
            }

            @Override
            public Object[] arguments(Depths call) {
                return new Object[0];
            }
        };

        private final int last;
        int tries;
        int atTry3;
        int atLast;

        Depths(int last) {
            this.last = last;
        }
    }

    /** An exception that skips taking its stack trace: ten thousand of them are made. */
    private static final class Traceless extends IOException {
        Traceless(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** A trace for every call, recording only how each call ended: its tries, and what it threw or "returned". */
    private static final class Ends implements Traces {
        final List<String> ends = new ArrayList<>();

        @Override
        public Trace start(Policy policy) {
            return new Trace() {
                @Override
                public Scope attempt(int tries) {
                    return null;
                }

                @Override
                public void attempted(Throwable failure) {
                }

                @Override
                public void backoff(Policy policy, int tries, long waitNanos, boolean serverDirected,
                                    Throwable exception) {
                }

                @Override
                public void giveup(Policy policy, int tries, GiveupReason reason) {
                }

                @Override
                public void success(Policy policy, int tries) {
                }

                @Override
                public void end(int tries, Throwable thrown) {
                    ends.add(tries + " " + (thrown == null ? "returned" : thrown.getClass().getSimpleName()));
                }
            };
        }
    }
}
