package dev.backoff.tck.seed.breaker;

// region example
public class CircuitOpenException extends RuntimeException {
    public CircuitOpenException() {
        super("Circuit breaker is open");
    }
}
// endregion
