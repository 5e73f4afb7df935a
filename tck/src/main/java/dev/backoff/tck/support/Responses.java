package dev.backoff.tck.support;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import javax.net.ssl.SSLSession;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * HTTP responses for tests on every container: Jakarta REST ones without a Jakarta REST implementation on the class
 * path (the API's own {@code Response.status(...)} needs one), and {@code java.net.http} ones; a status, headers, and
 * whether they were closed.
 */
public final class Responses {

    private Responses() {
    }

    /** A response of {@code status} with the headers given as name, value, name, value... */
    public static Fake of(int status, String... namesAndValues) {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Fake(status, headers);
    }

    /**
     * A {@code java.net.http} response of {@code status} whose body is a stream that remembers being closed, with the
     * headers given as name, value, name, value...
     */
    public static Http http(int status, String... namesAndValues) {
        Map<String, java.util.List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.computeIfAbsent(namesAndValues[i], name -> new java.util.ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return new Http(status, HttpHeaders.of(headers, (name, value) -> true), new Body());
    }

    /** A body that remembers being closed. */
    public static final class Body extends ByteArrayInputStream {
        private volatile boolean closed;

        Body() {
            super(new byte[0]);
        }

        public boolean closed() {
            return closed;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** A {@code java.net.http} response: a status, headers and a body, nothing on the wire. */
    public record Http(int statusCode, HttpHeaders headers, Body body) implements HttpResponse<InputStream> {
        @Override
        public HttpRequest request() {
            return HttpRequest.newBuilder(uri()).build();
        }

        @Override
        public Optional<HttpResponse<InputStream>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return URI.create("http://localhost/");
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }

    /** A response that answers for its status and headers, and remembers being closed. */
    public static final class Fake extends Response {
        private final int status;
        private final MultivaluedMap<String, Object> headers;
        private volatile boolean closed;

        Fake(int status, MultivaluedMap<String, Object> headers) {
            this.status = status;
            this.headers = headers;
        }

        public boolean closed() {
            return closed;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public StatusType getStatusInfo() {
            return Status.fromStatusCode(status);
        }

        @Override
        public String getHeaderString(String name) {
            for (Map.Entry<String, java.util.List<Object>> header : headers.entrySet()) {
                if (header.getKey().equalsIgnoreCase(name)) {
                    return String.join(",", header.getValue().stream().map(String::valueOf).toList());
                }
            }
            return null;
        }

        @Override
        public MultivaluedMap<String, Object> getMetadata() {
            return headers;
        }

        @Override
        public MultivaluedMap<String, String> getStringHeaders() {
            MultivaluedMap<String, String> strings = new MultivaluedHashMap<>();
            headers.forEach((name, values) -> values.forEach(v -> strings.add(name, String.valueOf(v))));
            return strings;
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public Object getEntity() {
            return null;
        }

        @Override
        public <T> T readEntity(Class<T> entityType) {
            throw new IllegalStateException("no entity");
        }

        @Override
        public <T> T readEntity(GenericType<T> entityType) {
            throw new IllegalStateException("no entity");
        }

        @Override
        public <T> T readEntity(Class<T> entityType, Annotation[] annotations) {
            throw new IllegalStateException("no entity");
        }

        @Override
        public <T> T readEntity(GenericType<T> entityType, Annotation[] annotations) {
            throw new IllegalStateException("no entity");
        }

        @Override
        public boolean hasEntity() {
            return false;
        }

        @Override
        public boolean bufferEntity() {
            return false;
        }

        @Override
        public MediaType getMediaType() {
            return null;
        }

        @Override
        public Locale getLanguage() {
            return null;
        }

        @Override
        public int getLength() {
            return -1;
        }

        @Override
        public Set<String> getAllowedMethods() {
            return Set.of();
        }

        @Override
        public Map<String, NewCookie> getCookies() {
            return Map.of();
        }

        @Override
        public EntityTag getEntityTag() {
            return null;
        }

        @Override
        public Date getDate() {
            return null;
        }

        @Override
        public Date getLastModified() {
            return null;
        }

        @Override
        public URI getLocation() {
            return null;
        }

        @Override
        public Set<Link> getLinks() {
            return Set.of();
        }

        @Override
        public boolean hasLink(String relation) {
            return false;
        }

        @Override
        public Link getLink(String relation) {
            return null;
        }

        @Override
        public Link.Builder getLinkBuilder(String relation) {
            return null;
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + headers;
        }
    }
}
