package dev.backoff.tck.seed.fakes;

import java.io.IOException;

/**
 * Any failure of a request (Python's {@code requests.exceptions.RequestException}); {@link HttpError},
 * {@link Timeout} and {@link ConnectionError} are unrelated subtypes.
 */
public class RequestException extends IOException {
    public RequestException(String message) {
        super(message);
    }
}
