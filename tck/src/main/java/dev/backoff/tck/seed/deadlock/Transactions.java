package dev.backoff.tck.seed.deadlock;

import dev.backoff.Backoff;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;

// region example
@ApplicationScoped
public class Transactions {

    @Backoff(on = SQLException.class, giveup = NotADeadlock.class, maxTries = 3)
    public <T> T executeTransaction(Connection connection, Operation<T> operation) throws SQLException {
        try {
            T result = operation.apply(connection);
            connection.commit();
            return result;
        } catch (Exception e) {
            connection.rollback();
            throw e;
        }
    }
}
// endregion
