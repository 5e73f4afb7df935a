package dev.backoff.tck.seed.fakes;

/** The server answered with an error status (Python's {@code requests.exceptions.HTTPError}). */
public class HttpError extends RequestException {
    private final Response response;

    public HttpError(Response response) {
        super(response.status() + " error");
        this.response = response;
    }

    public Response response() {
        return response;
    }
}
