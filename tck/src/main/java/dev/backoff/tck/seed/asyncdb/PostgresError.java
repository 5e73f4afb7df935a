package dev.backoff.tck.seed.asyncdb;

/** What an asynchronous PostgreSQL client fails with (Python's {@code asyncpg.PostgresError}). */
public class PostgresError extends RuntimeException {
    public PostgresError(String message) {
        super(message);
    }
}
