package dev.backoff.docs.fakes;

import java.io.IOException;

/** Any failure of a request (Python's {@code requests.exceptions.RequestException}). */
public class RequestException extends IOException {
    public RequestException(String message) {
        super(message);
    }
}
