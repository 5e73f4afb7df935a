package dev.backoff.tck.seed;

import dev.backoff.event.BackoffEvent;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.seed.connection.Database;
import dev.backoff.tck.seed.fakes.FakeConnection;
import dev.backoff.tck.seed.fakes.FakeDriver;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;

import static dev.backoff.tck.seed.WaitAssertions.assertElapsedIsTheSumOfEarlierWaits;
import static dev.backoff.tck.seed.WaitAssertions.assertFullJitter;
import static dev.backoff.tck.seed.WaitAssertions.sum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Seed example "Connection Retry":
 * <pre>
 * &#64;backoff.on_exception(backoff.expo, (OperationalError, TimeoutError), max_tries=5, max_time=30)
 * def connect_to_database(connection_string):
 *     engine = sqlalchemy.create_engine(connection_string)
 *     connection = engine.connect()
 *     return connection
 * </pre>
 * SQLAlchemy's {@code OperationalError} and {@code TimeoutError} become JDBC's
 * {@link SQLTransientConnectionException} and {@link SQLTimeoutException}: as {@link Database}, which connects through
 * {@link java.sql.DriverManager}, here to a {@link FakeDriver} registered for the test. Default (full) jitter. Whichever
 * limit comes first ends the call: five quick failures, or a try starting after 30 s of slow connects.
 */
@Spec("seed: Connection Retry")
@Deploy({Database.class, EventLog.class})
class ConnectionRetryTest {

    private static final String JDBC_URL = "jdbc:fake://db.example.com/orders";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    @Inject
    Database database;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    FakeDriver driver;

    @BeforeEach
    void registerDriver() throws SQLException {
        driver = FakeDriver.register();
    }

    @AfterEach
    void deregisterDriver() throws SQLException {
        driver.deregister();
    }

    @Test
    void retriesBothExceptionTypesUntilConnected() throws SQLException {
        Connection connection = new FakeConnection().connection();
        driver.script()
                .thenThrow(n -> new SQLTransientConnectionException("Connection refused"))
                .thenThrow(n -> new SQLTimeoutException("connect timed out"))
                .thenReturn(connection);

        assertThat(database.connectToDatabase(JDBC_URL)).isSameAs(connection);

        assertThat(driver.script().calls()).isEqualTo(3);
        assertFullJitter(time.waits(), 1, 2);
    }

    @Test
    void quickFailuresStopAtFiveTries() {
        driver.script().thenAlwaysThrow(n -> new SQLTransientConnectionException("Connection refused #" + n));

        Throwable thrown = catchThrowable(() -> database.connectToDatabase(JDBC_URL));

        assertThat(thrown).isSameAs(driver.script().lastOutcome());
        assertThat(driver.script().calls()).isEqualTo(5);
        assertFullJitter(time.waits(), 1, 2, 4, 8);
        assertThat(time.now()).isLessThanOrEqualTo(Duration.ofSeconds(15)); // far from the 30 s limit
        assertThat(events.giveups()).singleElement().satisfies(g -> {
            assertThat(g.tries()).isEqualTo(5);
            assertThat(g.exception()).isSameAs(thrown);
            assertThat(g.elapsed()).isEqualTo(sum(time.waits()));
        });
    }

    @Test
    void slowFailuresStopAtTheFirstTryStartedAfterThirtySeconds() {
        // each connect attempt takes its whole 10 s timeout: tries start at 0, 10 + w1, 20 + w1 + w2 (all before
        // 30 s, since w1 <= 1 and w2 <= 2) and 30 + w1 + w2 + w3; that fourth try fails after the limit: give up
        driver.script().thenAlwaysThrow(n -> {
            time.advance(CONNECT_TIMEOUT);
            return new SQLTimeoutException("connect timed out after 10 s (#" + n + ")");
        });

        Throwable thrown = catchThrowable(() -> database.connectToDatabase(JDBC_URL));

        assertThat(thrown).isSameAs(driver.script().lastOutcome());
        assertThat(driver.script().calls()).isEqualTo(4);
        List<Duration> waits = time.waits();
        assertFullJitter(waits, 1, 2, 4);
        assertThat(events.backoffs()).extracting(BackoffEvent::elapsed).containsExactly(
                Duration.ZERO,
                CONNECT_TIMEOUT.plus(waits.get(0)),
                CONNECT_TIMEOUT.multipliedBy(2).plus(waits.get(0)).plus(waits.get(1)));
        assertThat(events.giveups()).singleElement().satisfies(g -> {
            assertThat(g.tries()).isEqualTo(4);
            assertThat(g.elapsed()).isEqualTo(CONNECT_TIMEOUT.multipliedBy(3).plus(sum(waits)));
        });
    }

    @Test
    void otherDatabaseErrorsAreNotRetried() {
        driver.script().thenThrow(n -> new SQLInvalidAuthorizationSpecException("password authentication failed"));

        Throwable thrown = catchThrowable(() -> database.connectToDatabase(JDBC_URL));

        assertThat(thrown).isSameAs(driver.script().outcome(1));
        assertThat(driver.script().calls()).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
        assertThat(events.all()).isEmpty();
    }

    @Test
    void instantFailuresHaveElapsedTimesThatAddUp() throws SQLException {
        Connection connection = new FakeConnection().connection();
        driver.script().thenThrow(3, n -> new SQLTimeoutException("timeout")).thenReturn(connection);

        assertThat(database.connectToDatabase(JDBC_URL)).isSameAs(connection);

        assertFullJitter(time.waits(), 1, 2, 4);
        assertElapsedIsTheSumOfEarlierWaits(events.backoffs());
        assertThat(events.successes()).singleElement().satisfies(s -> {
            assertThat(s.tries()).isEqualTo(4);
            assertThat(s.elapsed()).isEqualTo(sum(time.waits()));
        });
    }
}
