package dev.backoff.tck.seed.asyncdb;

import dev.backoff.tck.seed.Script;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A connection pool of an asynchronous database client: each query plays the next step of the script. */
public class Pool {

    private final Script<List<String>, PostgresError> script = new Script<>();

    public Script<List<String>, PostgresError> script() {
        return script;
    }

    public CompletionStage<List<String>> fetch(String query) {
        try {
            return CompletableFuture.completedFuture(script.next());
        } catch (PostgresError e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
