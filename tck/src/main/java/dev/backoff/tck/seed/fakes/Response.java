package dev.backoff.tck.seed.fakes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** An HTTP response from {@link HttpClient}: a status, headers and a JSON body already parsed. */
public record Response(int status, Map<String, String> headers, Map<String, Object> json) {

    public static Response status(int status) {
        return new Response(status, Map.of(), Map.of());
    }

    public static Response ok(Map<String, Object> json) {
        return new Response(200, Map.of(), json);
    }

    public Response withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new Response(status, Map.copyOf(more), json);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    /** Throws {@link HttpError} for a 4xx or 5xx status, like Python's {@code response.raise_for_status()}. */
    public Response raiseForStatus() throws HttpError {
        if (status >= 400) {
            throw new HttpError(this);
        }
        return this;
    }
}
