package dev.backoff.tck.seed;

import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.seed.deadlock.Transactions;
import dev.backoff.tck.seed.fakes.FakeConnection;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;

import static dev.backoff.tck.seed.WaitAssertions.assertFullJitter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Seed example "Transaction Retry with Deadlock Handling":
 * <pre>
 * def is_deadlock(e):
 *     if isinstance(e, DBAPIError):
 *         return "deadlock" in str(e).lower()
 *     return False
 *
 * &#64;backoff.on_exception(backoff.expo, DBAPIError, giveup=lambda e: not is_deadlock(e), max_tries=3)
 * def execute_transaction(session, operation):
 *     try:
 *         result = operation(session)
 *         session.commit()
 *         return result
 *     except Exception:
 *         session.rollback()
 *         raise
 * </pre>
 * SQLAlchemy's {@code DBAPIError} becomes {@link SQLException}, and the session a JDBC {@link Connection} (here a
 * {@link FakeConnection}, which records commits and rollbacks): as {@link Transactions}, with
 * {@link dev.backoff.tck.seed.deadlock.NotADeadlock}. Default (full) jitter.
 */
@Spec("seed: Transaction Retry with Deadlock Handling")
@Deploy({Transactions.class, EventLog.class})
class DeadlockTransactionRetryTest {

    @Inject
    Transactions transactions;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    final FakeConnection session = new FakeConnection();
    final Connection connection = session.connection();

    private static SQLException deadlock(int n) {
        return new SQLException("ERROR: Deadlock detected (#" + n + ")", "40P01");
    }

    @Test
    void aDeadlockIsRolledBackAndTheTransactionRunAgain() throws SQLException {
        Script<Integer, SQLException> work = new Script<Integer, SQLException>().thenThrow(2, n -> deadlock(n))
                .thenReturn(42);

        Integer result = transactions.executeTransaction(connection, c -> work.next());

        assertThat(result).isEqualTo(42);
        assertThat(work.calls()).isEqualTo(3);
        assertThat(session.calls()).containsExactly("rollback", "rollback", "commit");
        assertFullJitter(time.waits(), 1, 2);
    }

    @Test
    void aDeadlockAtCommitIsRetriedToo() throws SQLException {
        session.commits().thenThrow(n -> deadlock(n));
        Script<String, SQLException> work = new Script<String, SQLException>().thenAlwaysReturn(n -> "row " + n);

        String result = transactions.executeTransaction(connection, c -> work.next());

        assertThat(result).isEqualTo("row 2");
        // the first commit failed and was rolled back, the second went through
        assertThat(session.calls()).containsExactly("commit", "rollback", "commit");
        assertThat(session.commits().outcome(1)).isInstanceOf(SQLException.class);
        assertThat(session.commits().outcome(2)).isNull();
        assertFullJitter(time.waits(), 1);
    }

    @Test
    void givesUpAfterThreeDeadlocksWithTheLastOne() {
        Script<Integer, SQLException> work = new Script<Integer, SQLException>().thenAlwaysThrow(n -> deadlock(n));

        Throwable thrown = catchThrowable(() -> transactions.executeTransaction(connection, c -> work.next()));

        assertThat(thrown).isSameAs(work.lastOutcome());
        assertThat(work.calls()).isEqualTo(3);
        assertThat(session.calls()).containsExactly("rollback", "rollback", "rollback");
        assertFullJitter(time.waits(), 1, 2);
        assertThat(events.giveups()).singleElement().satisfies(g -> assertThat(g.tries()).isEqualTo(3));
    }

    @Test
    void anyOtherDatabaseErrorGivesUpAtOnce() {
        Script<Integer, SQLException> work = new Script<Integer, SQLException>()
                .thenThrow(n -> new SQLException("duplicate key value violates unique constraint", "23505"));

        Throwable thrown = catchThrowable(() -> transactions.executeTransaction(connection, c -> work.next()));

        assertThat(thrown).isSameAs(work.outcome(1));
        assertThat(work.calls()).isEqualTo(1);
        assertThat(session.calls()).containsExactly("rollback");
        assertThat(time.waits()).isEmpty();
        // giveup said so: that is a give-up like any other, heard by listeners and observers (Python section 8.1)
        assertThat(events.giveups()).singleElement().satisfies(g -> {
            assertThat(g.tries()).isEqualTo(1);
            assertThat(g.exception()).isSameAs(thrown);
        });
    }

    @Test
    void aFailureThatIsNoDatabaseErrorIsNotRetried() {
        Throwable thrown = catchThrowable(() -> transactions.executeTransaction(connection, c -> {
            throw new IllegalStateException("bug in the operation");
        }));

        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("bug in the operation");
        assertThat(session.calls()).containsExactly("rollback");
        assertThat(time.waits()).isEmpty();
        assertThat(events.all()).isEmpty();
    }
}
