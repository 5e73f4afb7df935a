package dev.backoff.internal.http;

import javax.net.ssl.SSLSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@code java.net.http} response as a test makes one: its headers and its body, and nothing on the wire. */
public record FakeHttpResponse<T>(HttpHeaders headers, T body) implements HttpResponse<T> {

    private static final URI LOCALHOST = URI.create("http://localhost/");

    /** A 503 with {@code body} and the headers given as name, value, name, value...; a name may repeat. */
    public static <T> FakeHttpResponse<T> of(T body, String... namesAndValues) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.computeIfAbsent(namesAndValues[i], name -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return new FakeHttpResponse<>(HttpHeaders.of(headers, (name, value) -> true), body);
    }

    @Override
    public int statusCode() {
        return 503;
    }

    @Override
    public HttpRequest request() {
        return HttpRequest.newBuilder(LOCALHOST).build();
    }

    @Override
    public Optional<HttpResponse<T>> previousResponse() {
        return Optional.empty();
    }

    @Override
    public Optional<SSLSession> sslSession() {
        return Optional.empty();
    }

    @Override
    public URI uri() {
        return LOCALHOST;
    }

    @Override
    public HttpClient.Version version() {
        return HttpClient.Version.HTTP_1_1;
    }
}
