package dev.backoff.docs.guide.budget;

import dev.backoff.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.util.concurrent.CompletionStage;

@ApplicationScoped
public class Catalog {

    @Inject
    CatalogService service;

    // region example
    @Backoff(on = IOException.class, maxTries = 5, budget = "catalog")
    public CompletionStage<String> item(String id) {
        return service.item(id);
    }

    @Backoff(on = IOException.class, maxTries = 5, budget = "catalog")
    public CompletionStage<String> search(String query) {
        return service.search(query);
    }
    // endregion
}
