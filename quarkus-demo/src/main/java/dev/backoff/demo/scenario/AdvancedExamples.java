package dev.backoff.demo.scenario;

import dev.backoff.Backoff;
import dev.backoff.BackoffLimits;
import dev.backoff.Falsy;
import dev.backoff.Wait;
import dev.backoff.demo.client.SlowUpstream;
import dev.backoff.demo.client.Upstream;
import dev.backoff.demo.upstream.UpstreamServices.Payload;
import dev.backoff.demo.upstream.UpstreamServices.Resource;
import dev.backoff.spi.BackoffClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;

/** The seed's "Advanced Patterns": stacked policies, a circuit breaker as a give-up predicate, limits read per call. */
@ApplicationScoped
public class AdvancedExamples {

    @Inject
    @RestClient
    Upstream upstream;

    @Inject
    @RestClient
    SlowUpstream slowUpstream;

    @Inject
    CircuitBreaker circuitBreaker;

    /**
     * Combining Multiple Decorators: the first written is the outermost loop, as in Python. Timeouts are retried
     * innermost (3 tries), HTTP errors around them (give up on 4xx), and a resource that is not ready yet outermost
     * (Fibonacci waits capped at 13 seconds).
     */
    @Backoff(name = "not-ready", strategy = Wait.FIBO, retryIf = Falsy.class, maxValue = 13)
    @Backoff(name = "http-errors", on = WebApplicationException.class, giveup = ClientErrorStatus.class,
            factor = 100, maxTime = 60_000, unit = ChronoUnit.MILLIS)
    @Backoff(name = "timeouts", on = ProcessingException.class, factor = 100, maxTries = 3, unit = ChronoUnit.MILLIS)
    public Resource comprehensiveRetry(String run, String script) {
        Resource data = slowUpstream.composite(run, script); // raise_for_status() is the REST client's default
        return data.ready() ? data : null;
    }

    /**
     * Circuit Breaker Pattern: {@code giveup=check_circuit, max_tries=5}; when the circuit is open the call fails at
     * once with an exception that is not retried.
     */
    @Backoff(name = "protected", on = {WebApplicationException.class, ProcessingException.class},
            giveup = CheckCircuit.class, factor = 100, maxTries = 5, unit = ChronoUnit.MILLIS)
    public Payload protectedApiCall(String run, int failures) {
        if (!circuitBreaker.shouldAttempt()) {
            throw new IllegalStateException("Circuit breaker is open");
        }
        return upstream.flaky(run, failures);
    }

    /** Dynamic Configuration: {@code max_time=lambda: config.get_max_time(), max_tries=lambda: ...}. */
    @Backoff(name = "configurable", limits = RetryConfig.class, factor = 100, unit = ChronoUnit.MILLIS)
    public Payload configurableRetry(String run, int failures) {
        return upstream.flaky(run, failures);
    }

    /** {@code lambda e: 400 <= e.response.status_code < 500}. */
    public static class ClientErrorStatus implements Predicate<Throwable> {
        @Override
        public boolean test(Throwable e) {
            int status = ((WebApplicationException) e).getResponse().getStatus();
            return status >= 400 && status < 500;
        }
    }

    /**
     * The seed's {@code CircuitBreaker}: opens after {@code failureThreshold} failures, half-opens after
     * {@code timeout}, measured on the library's clock (virtual in the tests).
     */
    @ApplicationScoped
    public static class CircuitBreaker {
        private final int failureThreshold = 3;
        private final Duration timeout = Duration.ofSeconds(10);
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
            failureCount += 1;
            if (failureCount >= failureThreshold) {
                openedAt = clock.nanoTime();
            }
        }

        public synchronized String state() {
            return (openedAt == null ? "closed" : "open") + ", " + failureCount + " failures";
        }

        public synchronized void reset() {
            openedAt = null;
            failureCount = 0;
        }
    }

    /** {@code check_circuit(e)}: records the failure, gives up when the circuit is now open. */
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

    /** The seed's {@code RetryConfig}: limits that can be changed while the application runs. */
    @ApplicationScoped
    public static class RetryConfig implements BackoffLimits {
        private volatile int maxTries = 5;
        private volatile Duration maxTime = Duration.ofSeconds(60);

        @Override
        public int maxTries() {
            return maxTries;
        }

        @Override
        public Duration maxTime() {
            return maxTime;
        }

        public void set(int maxTries, Duration maxTime) {
            this.maxTries = maxTries;
            this.maxTime = maxTime;
        }
    }
}
