package dev.backoff.docs.python.breaker;

// region example
public class CircuitOpenException extends RuntimeException {
    public CircuitOpenException() {
        super("Circuit breaker is open");
    }
}
// endregion
