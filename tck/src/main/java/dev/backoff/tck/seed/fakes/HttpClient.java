package dev.backoff.tck.seed.fakes;

import dev.backoff.tck.seed.Script;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The HTTP client the examples call, standing for whatever client an application uses: each request plays the next
 * step of {@link #script()}, or of the URL's own {@link #script(String)}. A URL that is not a URI is refused with
 * {@link IllegalArgumentException} before any request, as {@code java.net.URI.create} refuses it.
 */
@ApplicationScoped
public class HttpClient {

    private final Script<Response, RequestException> script = new Script<>();
    private final Map<String, Script<Response, RequestException>> byUrl = new ConcurrentHashMap<>();
    private final List<String> urls = new CopyOnWriteArrayList<>();

    /** What requests do, whatever their URL (unless the URL has its own script). */
    public Script<Response, RequestException> script() {
        return script;
    }

    /** What requests of {@code url} do. */
    public Script<Response, RequestException> script(String url) {
        return byUrl.computeIfAbsent(url, u -> new Script<>());
    }

    public Response get(String url) throws RequestException {
        URI.create(url);
        urls.add(url);
        return byUrl.getOrDefault(url, script).next();
    }

    /** The same as {@link #get}, as a stage: a scripted exception fails the stage. */
    public CompletionStage<Response> getAsync(String url) {
        try {
            return CompletableFuture.completedFuture(get(url));
        } catch (RequestException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The URLs requested, in order. */
    public List<String> urls() {
        return List.copyOf(urls);
    }

    /** The requests that played {@link #script()}. */
    public int calls() {
        return script.calls();
    }
}
