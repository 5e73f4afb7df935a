package dev.backoff.tck.seed.deadlock;

import java.sql.Connection;
import java.sql.SQLException;

// region example
@FunctionalInterface
public interface Operation<T> {
    T apply(Connection connection) throws SQLException;
}
// endregion
