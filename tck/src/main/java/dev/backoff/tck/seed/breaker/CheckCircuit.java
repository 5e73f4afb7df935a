package dev.backoff.tck.seed.breaker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.function.Predicate;

// region example
@ApplicationScoped
public class CheckCircuit implements Predicate<Throwable> {

    @Inject
    CircuitBreaker circuitBreaker;

    @Override
    public boolean test(Throwable e) {
        circuitBreaker.recordFailure();
        return !circuitBreaker.shouldAttempt();
    }
}
// endregion
