package dev.backoff.tck.seed.customgiveup;

// region example
public class RetryExhaustedError extends RuntimeException {
    public RetryExhaustedError(String message) {
        super(message);
    }
}
// endregion
