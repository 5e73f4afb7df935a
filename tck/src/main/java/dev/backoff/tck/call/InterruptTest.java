package dev.backoff.tck.call;

import dev.backoff.Backoff;
import dev.backoff.BackoffListener;
import dev.backoff.Jitter;
import dev.backoff.event.GiveupEvent;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.testing.VirtualTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * SPEC 1.1 and 2.9: an interrupt ends the loop. An {@code InterruptedException} is never retried unless {@code on}
 * lists it; an attempt that ends with the thread's interrupt flag set ends the loop too, with its own outcome, and
 * the flag stays set. The caller always sees the interrupt, never {@code null} from {@code raiseOnGiveup = false}; the
 * give-up listeners are told.
 */
@Spec({"1.1", "2.9"})
@Deploy(InterruptTest.Worker.class)
class InterruptTest {

    static final List<String> GAVE_UP = new CopyOnWriteArrayList<>();

    @Inject
    Worker worker;

    @Inject
    VirtualTime time;

    @BeforeEach
    void reset() {
        GAVE_UP.clear();
    }

    @AfterEach
    void clearTheFlag() {
        Thread.interrupted();
    }

    @Test
    void anInterruptedExceptionEndsTheLoopAtOnceEvenWithRaiseOnGiveupFalse() {
        Throwable thrown = catchThrowable(worker::sleepy);

        assertThat(thrown).isInstanceOf(InterruptedException.class).hasMessage("sleep interrupted 1");
        assertThat(worker.calls()).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
        assertThat(GAVE_UP).containsExactly("gave up after 1: sleep interrupted 1");
    }

    @Test
    void anInterruptedExceptionListedInOnIsRetried() throws Exception {
        assertThat(worker.patient()).isEqualTo("done after 3");
        assertThat(time.waits()).hasSize(2);
    }

    @Test
    void anAttemptFailingWithTheFlagSetEndsTheLoopWithItsOwnExceptionAndKeepsTheFlag() {
        assertThatThrownBy(worker::interruptedThenFailing).isInstanceOf(IOException.class)
                .hasMessage("closed by interrupt 1");

        assertThat(Thread.currentThread().isInterrupted()).as("the interrupt flag").isTrue();
        assertThat(worker.calls()).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
        assertThat(GAVE_UP).containsExactly("gave up after 1: closed by interrupt 1");
    }

    @Test
    void aValueFailureWithTheFlagSetIsReturnedAtOnce() {
        assertThat(worker.interruptedWhilePolling()).isNull();

        assertThat(Thread.currentThread().isInterrupted()).as("the interrupt flag").isTrue();
        assertThat(worker.calls()).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
    }

    @Test
    void anAsynchronousInterruptedExceptionIsNotRetried() {
        CompletableFuture<String> result = worker.sleepyLater().toCompletableFuture();

        assertThatThrownBy(result::get).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(InterruptedException.class).hasMessage("sleep interrupted 1");
        assertThat(worker.calls()).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
        assertThat(GAVE_UP).containsExactly("gave up after 1: sleep interrupted 1");
    }

    public static class GiveupRecorder implements BackoffListener {
        @Override
        public void onGiveup(GiveupEvent e) {
            GAVE_UP.add("gave up after " + e.tries() + ": " + e.exception().getMessage());
        }
    }

    @ApplicationScoped
    public static class Worker {
        private int calls;

        int calls() {
            return calls;
        }

        @Backoff(raiseOnGiveup = false, jitter = Jitter.NONE, listeners = GiveupRecorder.class)
        public String sleepy() throws InterruptedException {
            throw new InterruptedException("sleep interrupted " + ++calls);
        }

        @Backoff(on = InterruptedException.class, jitter = Jitter.NONE)
        public String patient() throws InterruptedException {
            if (++calls < 3) {
                throw new InterruptedException("sleep interrupted " + calls);
            }
            return "done after " + calls;
        }

        /** As a NIO channel does: sets the flag, then throws an IOException (ClosedByInterruptException). */
        @Backoff(on = IOException.class, jitter = Jitter.NONE, listeners = GiveupRecorder.class)
        public String interruptedThenFailing() throws IOException {
            Thread.currentThread().interrupt();
            throw new IOException("closed by interrupt " + ++calls);
        }

        @Backoff(retryIf = IsNull.class, jitter = Jitter.NONE)
        public String interruptedWhilePolling() {
            calls++;
            Thread.currentThread().interrupt();
            return null;
        }

        @Backoff(jitter = Jitter.NONE, listeners = GiveupRecorder.class)
        public CompletionStage<String> sleepyLater() {
            return CompletableFuture.failedFuture(new InterruptedException("sleep interrupted " + ++calls));
        }
    }

    public static class IsNull implements java.util.function.Predicate<Object> {
        @Override
        public boolean test(Object value) {
            return value == null;
        }
    }
}
