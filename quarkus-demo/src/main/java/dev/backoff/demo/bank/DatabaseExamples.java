package dev.backoff.demo.bank;

import dev.backoff.Backoff;
import io.agroal.api.AgroalDataSource;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The seed's other database examples, on H2: connecting to a database that is still starting, and an asynchronous
 * query of a table that a migration is still creating. The failures are H2's own ({@code Database ... not found},
 * {@code Table ... not found}); the database and the migration finish after a given number of attempts, so that
 * every run shows the same story.
 */
@ApplicationScoped
public class DatabaseExamples {

    @Inject
    AgroalDataSource dataSource;

    private final Map<String, AtomicInteger> steps = new ConcurrentHashMap<>();

    /**
     * Connection Retry: {@code @backoff.on_exception(backoff.expo, (OperationalError, TimeoutError), max_tries=5,
     * max_time=30)}. The database of the run accepts connections from attempt {@code upAt} on. Returns the open
     * connection, as Python's example does; the caller closes it.
     */
    @Backoff(name = "connect", on = SQLException.class, factor = 100, maxTries = 5, maxTime = 30_000,
            unit = ChronoUnit.MILLIS)
    public Connection connectToDatabase(String run, int upAt) throws SQLException {
        String url = "jdbc:h2:mem:warehouse-" + run.replaceAll("[^A-Za-z0-9]", "");
        if (step("connect/" + run) == upAt) {
            startDatabase(url);
        }
        return DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "");
    }

    /**
     * Async Database Operations: {@code @backoff.on_exception(backoff.expo, asyncpg.PostgresError, max_tries=5)}.
     * The query runs on a worker thread when subscribed; each retry subscribes again, so queries again. The table
     * of the run exists from attempt {@code migratedAt} on.
     */
    @Backoff(name = "query-async", on = SQLException.class, factor = 100, maxTries = 5, unit = ChronoUnit.MILLIS)
    public Uni<List<String>> queryAsync(String run, int migratedAt) {
        String table = "report_" + run.replaceAll("[^A-Za-z0-9]", "_");
        return Uni.createFrom().item(() -> {
                    try {
                        if (step("query/" + run) == migratedAt) {
                            migrate(table);
                        }
                        return query("SELECT owner || ': ' || balance FROM " + table + " ORDER BY owner");
                    } catch (SQLException e) {
                        throw new QueryFailed(e);
                    }
                })
                .onFailure(QueryFailed.class).transform(Throwable::getCause)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private int step(String key) {
        return steps.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    private static void startDatabase(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url + ";DB_CLOSE_DELAY=10", "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS stock (sku VARCHAR(20), quantity INT)");
        }
    }

    private void migrate(String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + table + " AS SELECT owner, balance FROM account");
        }
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            List<String> result = new ArrayList<>();
            while (rows.next()) {
                result.add(rows.getString(1));
            }
            return result;
        }
    }

    /** Carries a checked {@link SQLException} out of a supplier; unwrapped before it leaves the {@code Uni}. */
    private static final class QueryFailed extends RuntimeException {
        QueryFailed(SQLException cause) {
            super(cause);
        }
    }
}
