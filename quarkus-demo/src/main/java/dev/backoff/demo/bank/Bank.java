package dev.backoff.demo.bank;

import dev.backoff.Backoff;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;

/**
 * The seed's "Transaction Retry with Deadlock Handling" on a real database (H2, embedded): a transfer between two
 * accounts that runs into a real deadlock with a concurrent transfer in the opposite direction. H2 detects the
 * cycle and rolls back the transaction that closed it, with SQLState {@code 40001}; {@code @Backoff} is outside
 * {@code @Transactional}, so the retry runs in a fresh transaction.
 */
@ApplicationScoped
public class Bank {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OppositeTransfers opposite;

    void createAccounts(@Observes StartupEvent start) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS account (id INT PRIMARY KEY, owner VARCHAR(40), balance BIGINT)");
            s.execute("MERGE INTO account KEY (id) VALUES (1, 'alice', 1000000), (2, 'bob', 1000000)");
        }
    }

    /**
     * Moves {@code amount} from account {@code from} to account {@code to}. While {@code collisions} attempts of this
     * run have not yet collided, a concurrent transfer the other way locks {@code to} first and then waits for
     * {@code from}, which this transaction holds: a deadlock. H2 picks the youngest transaction of the cycle as the
     * victim, which is this one.
     *
     * <p>Python: {@code @backoff.on_exception(backoff.expo, DBAPIError, giveup=lambda e: not is_deadlock(e),
     * max_tries=3)} around a function that commits or rolls back.
     */
    @Backoff(name = "transfer", on = SQLException.class, giveup = NotADeadlock.class, maxTries = 3,
            factor = 50, unit = ChronoUnit.MILLIS)
    @Transactional(rollbackOn = SQLException.class)
    public String transfer(String run, int from, int to, long amount, int collisions) throws SQLException {
        // the other transfer, when due, starts first and holds 'to': its transaction is the older one
        OppositeTransfers.Collision collision = opposite.collideIfDue(run, collisions, from, to, amount);
        try (Connection c = dataSource.getConnection()) {
            move(c, from, -amount); // locks the row of 'from'
            if (collision != null) {
                collision.letItWaitFor(c); // the other transfer now waits for 'from'
            }
            move(c, to, amount); // waits for 'to': a cycle; H2 rolls back the younger transaction, this one
            return "moved " + amount + " from account " + from + " to account " + to;
        }
    }

    public long balance(int account) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT balance FROM account WHERE id = ?")) {
            s.setInt(1, account);
            var rows = s.executeQuery();
            if (!rows.next()) {
                throw new SQLException("no account " + account, "02000");
            }
            return rows.getLong(1);
        }
    }

    static void move(Connection c, int account, long amount) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE account SET balance = balance + ? WHERE id = ?")) {
            s.setLong(1, amount);
            s.setInt(2, account);
            if (s.executeUpdate() != 1) {
                throw new SQLException("no account " + account, "02000"); // not a deadlock: give up at once
            }
        }
    }

    /** {@code not is_deadlock(e)}: SQLState 40001 is a serialization failure or deadlock. */
    public static class NotADeadlock implements Predicate<Throwable> {
        @Override
        public boolean test(Throwable e) {
            return !(e instanceof SQLException sql && "40001".equals(sql.getSQLState()));
        }
    }
}
