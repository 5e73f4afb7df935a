package dev.backoff.tck.seed;

import java.io.IOException;

/**
 * The exceptions of a small HTTP client, shaped like Python's {@code requests.exceptions}: every failure of a
 * request is a {@link RequestException}; {@link HttpError} (an error status, from
 * {@link FakeResponse#raiseForStatus()}), {@link Timeout} and {@link ConnectionError} are unrelated subtypes.
 */
public final class Requests {

    private Requests() {
    }

    /** Any failure of a request ({@code requests.exceptions.RequestException}). */
    public static class RequestException extends IOException {
        public RequestException(String message) {
            super(message);
        }
    }

    /** The server answered with an error status ({@code requests.exceptions.HTTPError}). */
    public static class HttpError extends RequestException {
        private final FakeResponse response;

        public HttpError(FakeResponse response) {
            super(response.status() + " error");
            this.response = response;
        }

        public FakeResponse response() {
            return response;
        }
    }

    /** The request timed out ({@code requests.exceptions.Timeout}). */
    public static class Timeout extends RequestException {
        public Timeout(String message) {
            super(message);
        }
    }

    /** The connection failed ({@code requests.exceptions.ConnectionError}). */
    public static class ConnectionError extends RequestException {
        public ConnectionError(String message) {
            super(message);
        }
    }
}
