package dev.backoff.tck.seed;

import dev.backoff.Backoff;
import dev.backoff.spi.BackoffClock;
import dev.backoff.spi.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.seed.Requests.ConnectionError;
import dev.backoff.tck.seed.Requests.RequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.function.Predicate;

import static dev.backoff.tck.seed.WaitAssertions.assertFullJitter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Seed example "Circuit Breaker Pattern":
 * <pre>
 * class CircuitBreaker:
 *     def __init__(self, failure_threshold=5, timeout=60): ...
 *     def should_attempt(self):
 *         if self.opened_at is None: return True
 *         if time.time() - self.opened_at &gt; self.timeout:
 *             self.opened_at = None; self.failure_count = 0; return True
 *         return False
 *     def record_failure(self):
 *         self.failure_count += 1
 *         if self.failure_count &gt;= self.failure_threshold: self.opened_at = time.time()
 *
 * def check_circuit(e):
 *     circuit_breaker.record_failure()
 *     return not circuit_breaker.should_attempt()
 *
 * &#64;backoff.on_exception(backoff.expo, requests.exceptions.RequestException, giveup=check_circuit, max_tries=5)
 * def protected_api_call(url):
 *     if not circuit_breaker.should_attempt():
 *         raise Exception("Circuit breaker is open")
 *     return requests.get(url)
 * </pre>
 * The breaker is an application-scoped bean; the give-up predicate is a bean too, injected with it (SPEC 1.2). The
 * breaker reads the retries' own clock ({@link BackoffClock}, here {@link VirtualTime}). Default (full) jitter.
 */
@Spec("seed: Circuit Breaker Pattern")
@Deploy({CircuitBreakerTest.ProtectedApi.class, CircuitBreakerTest.CircuitBreaker.class,
        CircuitBreakerTest.CheckCircuit.class, FakeHttp.class})
class CircuitBreakerTest {

    private static final String URL = "https://api.example.com/prices";

    @Inject
    ProtectedApi api;

    @Inject
    CircuitBreaker breaker;

    @Inject
    FakeHttp http;

    @Inject
    VirtualTime time;

    @ApplicationScoped
    public static class CircuitBreaker {
        private final int failureThreshold = 5;
        private final Duration timeout = Duration.ofSeconds(60);
        private int failureCount;
        private Long openedAt;

        @Inject
        BackoffClock clock;

        public synchronized boolean shouldAttempt() {
            if (openedAt == null) {
                return true;
            }
            if (clock.nanoTime() - openedAt > timeout.toNanos()) {
                openedAt = null;
                failureCount = 0;
                return true;
            }
            return false;
        }

        public synchronized void recordFailure() {
            failureCount++;
            if (failureCount >= failureThreshold) {
                openedAt = clock.nanoTime();
            }
        }

        public synchronized int failureCount() {
            return failureCount;
        }
    }

    /** {@code check_circuit} */
    @ApplicationScoped
    public static class CheckCircuit implements Predicate<Throwable> {

        @Inject
        CircuitBreaker circuitBreaker;

        @Override
        public boolean test(Throwable e) {
            circuitBreaker.recordFailure();
            return !circuitBreaker.shouldAttempt();
        }
    }

    public static class CircuitOpenException extends RuntimeException {
        public CircuitOpenException() {
            super("Circuit breaker is open");
        }
    }

    @ApplicationScoped
    public static class ProtectedApi {

        @Inject
        CircuitBreaker circuitBreaker;

        @Inject
        FakeHttp http;

        @Backoff(on = RequestException.class, giveup = CheckCircuit.class, maxTries = 5)
        public FakeResponse protectedApiCall(String url) throws RequestException {
            if (!circuitBreaker.shouldAttempt()) {
                throw new CircuitOpenException();
            }
            return http.get(url);
        }
    }

    private static ConnectionError refused(int n) {
        return new ConnectionError("refused #" + n);
    }

    @Test
    void theBreakerOpensInTheMiddleOfACallEndsItAndFailsLaterCallsFastUntilItsTimeoutHasPassed()
            throws RequestException {
        FakeResponse first = FakeResponse.status(200);
        FakeResponse afterReset = FakeResponse.status(200);
        http.script()
                .thenThrow(3, CircuitBreakerTest::refused).thenReturn(first)
                .thenThrow(2, CircuitBreakerTest::refused)
                .thenReturn(afterReset);

        // call 1: three failures recorded, then a success; the count is not reset by a success
        assertThat(api.protectedApiCall(URL)).isSameAs(first);
        assertThat(breaker.failureCount()).isEqualTo(3);
        assertFullJitter(time.waits(), 1, 2, 4);

        // call 2: the 5th failure in all opens the breaker, and the predicate gives up after 2 tries, not 5
        Throwable thrown = catchThrowable(() -> api.protectedApiCall(URL));
        assertThat(thrown).isSameAs(http.script().outcome(6));
        assertThat(http.calls()).isEqualTo(6);
        assertFullJitter(time.waits(), 1, 2, 4, 1);

        // call 3: open, fails fast with an exception that is not retried
        assertThatThrownBy(() -> api.protectedApiCall(URL)).isInstanceOf(CircuitOpenException.class);
        time.advance(Duration.ofSeconds(60)); // not more than the timeout yet
        assertThatThrownBy(() -> api.protectedApiCall(URL)).isInstanceOf(CircuitOpenException.class);
        assertThat(http.calls()).isEqualTo(6);
        assertThat(time.waits()).hasSize(4);

        // once more than 60 s have passed, the breaker closes and the call goes through
        time.advance(Duration.ofMillis(1));
        assertThat(api.protectedApiCall(URL)).isSameAs(afterReset);
        assertThat(breaker.failureCount()).isZero();
        assertThat(http.calls()).isEqualTo(7);
    }

    @Test
    void thePredicateAlsoSeesTheFailureOfTheLastAllowedTry() {
        // five tries, five failures: the predicate must record the fifth too, and that opens the breaker
        http.script().thenAlwaysThrow(CircuitBreakerTest::refused);

        Throwable thrown = catchThrowable(() -> api.protectedApiCall(URL));

        assertThat(thrown).isSameAs(http.script().outcome(5));
        assertThat(http.calls()).isEqualTo(5);
        assertThat(breaker.failureCount()).isEqualTo(5);
        assertThat(breaker.shouldAttempt()).isFalse();
        assertFullJitter(time.waits(), 1, 2, 4, 8);
    }
}
