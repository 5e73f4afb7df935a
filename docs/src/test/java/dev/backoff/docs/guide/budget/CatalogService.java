package dev.backoff.docs.guide.budget;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/** The remote catalog the guide's client calls: up, or down for every request, counting them. */
@ApplicationScoped
public class CatalogService {

    private final AtomicInteger requests = new AtomicInteger();
    private volatile boolean down;

    public void down(boolean down) {
        this.down = down;
    }

    public int requests() {
        return requests.get();
    }

    public CompletionStage<String> item(String id) {
        return answer(id);
    }

    public CompletionStage<String> search(String query) {
        return answer(query);
    }

    private CompletionStage<String> answer(String value) {
        requests.incrementAndGet();
        return down ? CompletableFuture.failedFuture(new IOException("catalog down")) : CompletableFuture
                .completedFuture(value);
    }
}
