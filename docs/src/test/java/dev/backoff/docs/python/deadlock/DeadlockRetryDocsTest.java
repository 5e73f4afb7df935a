package dev.backoff.docs.python.deadlock;

import dev.backoff.docs.fakes.FakeDriver;
import dev.backoff.tck.seed.Script;
import dev.backoff.spi.VirtualTime;
import dev.backoff.testing.BackoffWeld;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@EnableWeld
class DeadlockRetryDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(Transactions.class);

    @Inject
    Transactions transactions;

    @Inject
    VirtualTime time;

    final List<String> calls = new CopyOnWriteArrayList<>();
    final Connection connection = FakeDriver.connection(calls);

    @Test
    void aDeadlockIsRolledBackAndTheTransactionRunAgain() throws SQLException {
        Script<Integer, SQLException> work = new Script<Integer, SQLException>()
                .thenThrow(2, n -> new SQLException("ERROR: deadlock detected", "40P01")).thenReturn(42);

        Integer result = transactions.executeTransaction(connection, c -> work.next());

        assertThat(result).isEqualTo(42);
        assertThat(calls).containsExactly("rollback", "rollback", "commit");
        assertThat(time.waits()).hasSize(2);
    }

    @Test
    void anyOtherErrorGivesUpAtOnce() {
        Script<Integer, SQLException> work = new Script<Integer, SQLException>()
                .thenThrow(n -> new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(catchThrowable(() -> transactions.executeTransaction(connection, c -> work.next())))
                .isSameAs(work.outcome(1));
        assertThat(calls).containsExactly("rollback");
        assertThat(time.waits()).isEmpty();
    }

    @Test
    void givesUpAfterThreeDeadlocks() {
        Script<Integer, SQLException> work = new Script<Integer, SQLException>()
                .thenAlwaysThrow(n -> new SQLException("deadlock #" + n, "40P01"));

        assertThat(catchThrowable(() -> transactions.executeTransaction(connection, c -> work.next())))
                .isSameAs(work.outcome(3));
        assertThat(work.calls()).isEqualTo(3);
    }
}
