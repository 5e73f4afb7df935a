package dev.backoff.tck.seed.gather;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.concurrent.CompletableFuture;

// region example
@ApplicationScoped
public class Gatherer {

    @Inject
    JsonClient client; // another bean: a call to one's own method is not intercepted

    /** Each element is the URL's JSON, or the exception its calls gave up with ({@code return_exceptions=True}). */
    public CompletableFuture<List<Object>> fetchAll(List<String> urls) {
        List<CompletableFuture<Object>> tasks = urls.stream()
                .map(url -> client.fetchWithRetry(url).toCompletableFuture()
                        .handle((json, error) -> error == null ? (Object) json : error))
                .toList();
        return CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new))
                .thenApply(done -> tasks.stream().map(CompletableFuture::join).toList());
    }
}
// endregion
