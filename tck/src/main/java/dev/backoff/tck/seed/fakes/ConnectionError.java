package dev.backoff.tck.seed.fakes;

/** The connection failed (Python's {@code requests.exceptions.ConnectionError}). */
public class ConnectionError extends RequestException {
    public ConnectionError(String message) {
        super(message);
    }
}
