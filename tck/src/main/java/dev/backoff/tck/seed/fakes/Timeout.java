package dev.backoff.tck.seed.fakes;

/** The request timed out (Python's {@code requests.exceptions.Timeout}). */
public class Timeout extends RequestException {
    public Timeout(String message) {
        super(message);
    }
}
