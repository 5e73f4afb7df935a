package dev.backoff.tck.seed.connection;

import dev.backoff.Backoff;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

// region example
@ApplicationScoped
public class Database {

    @Backoff(on = {SQLTransientConnectionException.class, SQLTimeoutException.class}, maxTries = 5, maxTime = 30)
    public Connection connectToDatabase(String connectionString) throws SQLException {
        return DriverManager.getConnection(connectionString);
    }
}
// endregion
