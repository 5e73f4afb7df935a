package dev.backoff.tck.seed.deadlock;

import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Predicate;

// region example
public class NotADeadlock implements Predicate<SQLException> {
    @Override
    public boolean test(SQLException e) {
        return !String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("deadlock");
    }
}
// endregion
