package dev.backoff.demo.shapes;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A {@code @Backoff} method whose {@code @Transactional} joins its caller's transaction: a failed insert marks that
 * transaction rollback-only, and no retry can succeed in it (SPEC 7.4).
 */
@ApplicationScoped
public class Ledger {

    @Inject
    AgroalDataSource dataSource;

    private int attempts;

    public int attempts() {
        return attempts;
    }

    /** Inserts account {@code id}; the account table has ids 1 and 2 already. */
    @Backoff(on = SQLException.class, maxTries = 3, jitter = Jitter.NONE)
    @Transactional(rollbackOn = SQLException.class)
    public void open(int id, String owner) throws SQLException {
        attempts++;
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO account VALUES (?, ?, 0)")) {
            s.setInt(1, id);
            s.setString(2, owner);
            s.executeUpdate();
        }
    }

    /** Opens an account inside a transaction of the caller's own, which joins the one of {@link #open}. */
    @Transactional
    public String openWithin(int id, String owner) {
        try {
            open(id, owner);
            return "opened";
        } catch (SQLException e) {
            return "gave up: " + e.getMessage();
        }
    }
}
