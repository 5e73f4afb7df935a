package dev.backoff.tck.seed;

import dev.backoff.Backoff;
import dev.backoff.spi.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Predicate;

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
 * SQLAlchemy's {@code DBAPIError} becomes {@link SQLException}. Default (full) jitter.
 */
@Spec("seed: Transaction Retry with Deadlock Handling")
@Deploy({DeadlockTransactionRetryTest.Transactions.class, EventLog.class})
class DeadlockTransactionRetryTest {

    @Inject
    Transactions transactions;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    /** {@code lambda e: not is_deadlock(e)} */
    public static class NotADeadlock implements Predicate<Throwable> {
        @Override
        public boolean test(Throwable e) {
            return !(e instanceof SQLException && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT)
                    .contains("deadlock"));
        }
    }

    /** A unit of work run in a session. */
    @FunctionalInterface
    public interface Operation<T> {
        T apply(Session session) throws SQLException;
    }

    /** A database session: commits can fail as scripted, and commits and rollbacks are counted. */
    public static class Session {
        final Script<Void, SQLException> commits = new Script<Void, SQLException>().thenAlwaysReturn(n -> null);
        int committed;
        int rolledBack;

        public void commit() throws SQLException {
            commits.next();
            committed++;
        }

        public void rollback() {
            rolledBack++;
        }
    }

    @ApplicationScoped
    public static class Transactions {

        @Backoff(on = SQLException.class, giveup = NotADeadlock.class, maxTries = 3)
        public <T> T executeTransaction(Session session, Operation<T> operation) throws SQLException {
            try {
                T result = operation.apply(session);
                session.commit();
                return result;
            } catch (Exception e) {
                session.rollback();
                throw e;
            }
        }
    }

    private static SQLException deadlock(int n) {
        return new SQLException("ERROR: Deadlock detected (#" + n + ")", "40P01");
    }

    @Test
    void aDeadlockIsRolledBackAndTheTransactionRunAgain() throws SQLException {
        Session session = new Session();
        Script<Integer, SQLException> work = new Script<Integer, SQLException>().thenThrow(2, n -> deadlock(n))
                .thenReturn(42);

        Integer result = transactions.executeTransaction(session, s -> work.next());

        assertThat(result).isEqualTo(42);
        assertThat(work.calls()).isEqualTo(3);
        assertThat(session.rolledBack).isEqualTo(2);
        assertThat(session.committed).isEqualTo(1);
        assertFullJitter(time.waits(), 1, 2);
    }

    @Test
    void aDeadlockAtCommitIsRetriedToo() throws SQLException {
        Session session = new Session();
        session.commits.thenThrow(n -> deadlock(n)).thenReturn(null);
        Script<String, SQLException> work = new Script<String, SQLException>().thenAlwaysReturn(n -> "row " + n);

        String result = transactions.executeTransaction(session, s -> work.next());

        assertThat(result).isEqualTo("row 2");
        assertThat(session.rolledBack).isEqualTo(1);
        assertThat(session.committed).isEqualTo(1);
        assertFullJitter(time.waits(), 1);
    }

    @Test
    void givesUpAfterThreeDeadlocksWithTheLastOne() {
        Session session = new Session();
        Script<Integer, SQLException> work = new Script<Integer, SQLException>().thenAlwaysThrow(n -> deadlock(n));

        Throwable thrown = catchThrowable(() -> transactions.executeTransaction(session, s -> work.next()));

        assertThat(thrown).isSameAs(work.lastOutcome());
        assertThat(work.calls()).isEqualTo(3);
        assertThat(session.rolledBack).isEqualTo(3);
        assertThat(session.committed).isZero();
        assertFullJitter(time.waits(), 1, 2);
        assertThat(events.giveups()).singleElement().satisfies(g -> assertThat(g.tries()).isEqualTo(3));
    }

    @Test
    void anyOtherDatabaseErrorGivesUpAtOnce() {
        Session session = new Session();
        Script<Integer, SQLException> work = new Script<Integer, SQLException>()
                .thenThrow(n -> new SQLException("duplicate key value violates unique constraint", "23505"));

        Throwable thrown = catchThrowable(() -> transactions.executeTransaction(session, s -> work.next()));

        assertThat(thrown).isSameAs(work.outcome(1));
        assertThat(work.calls()).isEqualTo(1);
        assertThat(session.rolledBack).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
        // giveup said so: that is a give-up like any other, heard by listeners and observers (Python section 8.1)
        assertThat(events.giveups()).singleElement().satisfies(g -> {
            assertThat(g.tries()).isEqualTo(1);
            assertThat(g.exception()).isSameAs(thrown);
        });
    }

    @Test
    void aFailureThatIsNoDatabaseErrorIsNotRetried() {
        Session session = new Session();

        Throwable thrown = catchThrowable(() -> transactions.executeTransaction(session, s -> {
            throw new IllegalStateException("bug in the operation");
        }));

        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("bug in the operation");
        assertThat(session.rolledBack).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
        assertThat(events.all()).isEmpty();
    }
}
