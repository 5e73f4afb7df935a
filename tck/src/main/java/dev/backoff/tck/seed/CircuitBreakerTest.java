package dev.backoff.tck.seed;

import dev.backoff.spi.BackoffClock;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.seed.breaker.CheckCircuit;
import dev.backoff.tck.seed.breaker.CircuitBreaker;
import dev.backoff.tck.seed.breaker.CircuitOpenException;
import dev.backoff.tck.seed.breaker.ProtectedApi;
import dev.backoff.tck.seed.fakes.ConnectionError;
import dev.backoff.tck.seed.fakes.HttpClient;
import dev.backoff.tck.seed.fakes.RequestException;
import dev.backoff.tck.seed.fakes.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

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
 * As {@link ProtectedApi}. The breaker ({@link CircuitBreaker}) is an application-scoped bean; the give-up predicate
 * ({@link CheckCircuit}) is a bean too, injected with it (SPEC 1.2). The breaker reads the retries' own clock
 * ({@link BackoffClock}, here {@link VirtualTime}). Default (full) jitter.
 */
@Spec("seed: Circuit Breaker Pattern")
@Deploy({ProtectedApi.class, CircuitBreaker.class, CheckCircuit.class, HttpClient.class})
class CircuitBreakerTest {

    private static final String URL = "https://api.example.com/prices";

    @Inject
    ProtectedApi api;

    @Inject
    CircuitBreaker breaker;

    @Inject
    HttpClient http;

    @Inject
    VirtualTime time;

    private static ConnectionError refused(int n) {
        return new ConnectionError("refused #" + n);
    }

    @Test
    void theBreakerOpensInTheMiddleOfACallEndsItAndFailsLaterCallsFastUntilItsTimeoutHasPassed()
            throws RequestException {
        Response first = Response.status(200);
        Response afterReset = Response.status(200);
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
