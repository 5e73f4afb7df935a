package dev.backoff.tck.seed.asyncdb;

import dev.backoff.Backoff;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.concurrent.CompletionStage;

// region example
@ApplicationScoped
public class Queries {

    @Backoff(on = PostgresError.class, maxTries = 5)
    public CompletionStage<List<String>> queryAsync(Pool pool, String query) {
        return pool.fetch(query);
    }
}
// endregion
