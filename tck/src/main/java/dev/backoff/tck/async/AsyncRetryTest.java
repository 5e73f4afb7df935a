package dev.backoff.tck.async;

import dev.backoff.Backoff;
import dev.backoff.BackoffListener;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import dev.backoff.WaitFunction;
import dev.backoff.event.GiveupEvent;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SPEC 3.1: the async loop, with the same rules as the sync one. */
@Spec("3.1")
@Deploy(AsyncRetryTest.Service.class)
class AsyncRetryTest {

    @Inject
    Service service;

    @Inject
    VirtualTime time;

    @Test
    void exceptionalCompletionsAreRetriedAfterTheWaits() throws Exception {
        service.script(failed(new IOException("1")), failed(new IOException("2")), done("ok"));

        CompletionStage<String> result = service.fetch();

        assertThat(result.toCompletableFuture().get()).isEqualTo("ok");
        assertThat(service.calls()).isEqualTo(3);
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    @Spec({"2.3", "3.1"})
    void aCompletionExceptionWrapperIsUnwrappedBeforeMatching() throws Exception {
        service.script(failed(new CompletionException(new IOException("wrapped"))),
                failed(new ExecutionException(new IOException("wrapped"))), done("ok"));

        assertThat(service.fetch().toCompletableFuture().get()).isEqualTo("ok");
        assertThat(service.calls()).isEqualTo(3);
    }

    @Test
    void aSynchronousThrowIsAFailedAttempt() throws Exception {
        service.script(() -> {
            throw new UncheckedIOException(new IOException("thrown, not returned"));
        }, done("ok"));

        assertThat(service.fetchAnyException().toCompletableFuture().get()).isEqualTo("ok");
        assertThat(service.calls()).isEqualTo(2);
    }

    @Test
    @Spec({"2.7", "3.1"})
    void givingUpCompletesWithTheLastExceptionItself() {
        IOException last = new IOException("3");
        service.script(failed(new IOException("1")), failed(new IOException("2")), failed(last));

        CompletableFuture<String> result = service.fetch().toCompletableFuture();

        assertThat(result).isCompletedExceptionally();
        assertThatThrownBy(result::join).isInstanceOf(CompletionException.class).cause().isSameAs(last);
        assertThat(service.calls()).isEqualTo(3);
    }

    @Test
    @Spec({"2.3", "3.1"})
    void anExceptionNotInOnIsNotRetried() {
        IllegalStateException other = new IllegalStateException("not an IOException");
        service.script(failed(other), done("never reached"));

        assertThatThrownBy(() -> service.fetch().toCompletableFuture().join()).cause().isSameAs(other);
        assertThat(service.calls()).isEqualTo(1);
    }

    @Test
    @Spec({"2.3", "2.7", "3.1"})
    void aRejectedValueIsRetriedAndTheLastOneReturnedOnGiveUp() {
        service.script(done(""), done(""), done(""), done("never reached"));

        assertThat(service.poll().toCompletableFuture().join()).isEmpty();
        assertThat(service.calls()).isEqualTo(3);
    }

    @Test
    void nullInsteadOfAStageIsAFailedAttemptNamingTheMethod() {
        service.script(() -> null, () -> null);

        assertThatThrownBy(() -> service.fetchAnyException().toCompletableFuture().join()).cause()
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining(Service.class.getName() + ".fetchAnyException(...)")
                .hasMessageContaining("returned null instead of a CompletionStage");
        assertThat(service.calls()).isEqualTo(2);
    }

    @Test
    @Spec({"2.8", "3.1"})
    void aListenerThatThrowsCompletesTheFutureWithItsException() {
        IOException attempt = new IOException("attempt");
        service.script(failed(attempt), done("never reached"));

        assertThatThrownBy(() -> service.fetchWithThrowingListener().toCompletableFuture().join()).cause()
                .isInstanceOf(Listener.Boom.class)
                .satisfies(e -> assertThat(e.getSuppressed()).containsExactly(attempt));
        assertThat(service.calls()).isEqualTo(1);
    }

    @Test
    @Spec({"2.5", "3.1"})
    void aWaitFunctionThatThrowsCompletesTheFutureWithItsException() {
        IOException attempt = new IOException("attempt");
        service.script(failed(attempt), done("never reached"));

        assertThatThrownBy(() -> service.fetchWithThrowingWaitFunction().toCompletableFuture().join()).cause()
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no Retry-After")
                .satisfies(e -> assertThat(e.getSuppressed()).containsExactly(attempt));
        assertThat(service.calls()).isEqualTo(1);
    }

    @Test
    void aCompletableFutureReturnTypeGetsACompletableFuture() {
        service.script(failed(new IOException("1")), done("ok"));

        assertThat(service.fetchFuture().join()).isEqualTo("ok");
        assertThat(service.calls()).isEqualTo(2);
    }

    @Test
    @Spec({"1.6", "3.1"})
    void stackedAsyncLayersNestLikeTheSyncOnes() {
        // outer: value failures (empty string), inner: IOException, 2 tries per outer attempt
        service.script(failed(new IOException("a")), done(""), failed(new IOException("b")), done("ok"));

        assertThat(service.stacked().toCompletableFuture().join()).isEqualTo("ok");
        assertThat(service.calls()).isEqualTo(4);
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(1));
    }

    @Test
    @Spec({"1.1", "1.6", "3.1"})
    void anInnerLayersGiveUpExceptionPassesAnOuterLayerThatOnlyRetriesValues() {
        IOException last = new IOException("c");
        service.script(done(""), failed(new IOException("b")), failed(last), done("never reached"));

        assertThatThrownBy(() -> service.stacked().toCompletableFuture().join()).cause().isSameAs(last);
        assertThat(service.calls()).isEqualTo(3);
    }

    interface Attempt {
        CompletionStage<String> run();
    }

    static Attempt failed(Throwable t) {
        return () -> CompletableFuture.failedFuture(t);
    }

    static Attempt done(String value) {
        return () -> CompletableFuture.completedFuture(value);
    }

    @ApplicationScoped
    public static class Service {
        private final Deque<Attempt> script = new ArrayDeque<>();
        private int calls;

        int calls() {
            return calls;
        }

        void script(Attempt... attempts) {
            script.clear();
            script.addAll(List.of(attempts));
            calls = 0;
        }

        private CompletionStage<String> next() {
            calls++;
            return script.removeFirst().run();
        }

        @Backoff(on = IOException.class, maxTries = 3, jitter = Jitter.NONE)
        public CompletionStage<String> fetch() {
            return next();
        }

        @Backoff(maxTries = 2, jitter = Jitter.NONE)
        public CompletionStage<String> fetchAnyException() {
            return next();
        }

        @Backoff(retryIf = IsEmpty.class, maxTries = 3, jitter = Jitter.NONE)
        public CompletionStage<String> poll() {
            return next();
        }

        @Backoff(on = IOException.class, listeners = Listener.class, jitter = Jitter.NONE)
        public CompletionStage<String> fetchWithThrowingListener() {
            return next();
        }

        @Backoff(on = IOException.class, strategy = Wait.RUNTIME, waitFrom = ThrowingWait.class)
        public CompletionStage<String> fetchWithThrowingWaitFunction() {
            return next();
        }

        @Backoff(on = IOException.class, maxTries = 3, jitter = Jitter.NONE)
        public CompletableFuture<String> fetchFuture() {
            return next().toCompletableFuture();
        }

        @Backoff(name = "values", retryIf = IsEmpty.class, strategy = Wait.CONSTANT, interval = 10, jitter = Jitter.NONE)
        @Backoff(name = "io", on = IOException.class, maxTries = 2, strategy = Wait.CONSTANT, jitter = Jitter.NONE)
        public CompletionStage<String> stacked() {
            return next();
        }
    }

    public static class IsEmpty implements Predicate<String> {
        @Override
        public boolean test(String value) {
            return value.isEmpty();
        }
    }

    public static class Listener implements BackoffListener {
        static final class Boom extends RuntimeException {
            Boom() {
                super("listener failed");
            }
        }

        @Override
        public void onBackoff(dev.backoff.event.BackoffEvent event) {
            throw new Boom();
        }

        @Override
        public void onGiveup(GiveupEvent event) {
            throw new Boom();
        }
    }

    public static class ThrowingWait implements WaitFunction {
        @Override
        public Duration waitFor(Object outcome) {
            throw new IllegalArgumentException("no Retry-After");
        }
    }
}
