package dev.backoff.tck.seed;

import java.util.Map;
import java.util.Optional;

/** An HTTP response from {@link FakeHttp}: a status, headers and a JSON body already parsed. */
public record FakeResponse(int status, Map<String, String> headers, Map<String, Object> json) {

    public static FakeResponse status(int status) {
        return new FakeResponse(status, Map.of(), Map.of());
    }

    public static FakeResponse ok(Map<String, Object> json) {
        return new FakeResponse(200, Map.of(), json);
    }

    public FakeResponse withHeader(String name, String value) {
        return new FakeResponse(status, Map.of(name, value), json);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** Throws {@link Requests.HttpError} for a 4xx or 5xx status, like {@code response.raise_for_status()}. */
    public FakeResponse raiseForStatus() throws Requests.HttpError {
        if (status >= 400) {
            throw new Requests.HttpError(this);
        }
        return this;
    }
}
