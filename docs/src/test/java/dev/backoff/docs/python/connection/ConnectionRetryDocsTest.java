package dev.backoff.docs.python.connection;

import dev.backoff.docs.fakes.FakeDriver;
import dev.backoff.spi.VirtualTime;
import dev.backoff.testing.BackoffWeld;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@EnableWeld
class ConnectionRetryDocsTest {

    private static final String URL = "jdbc:fake://db.example.com/orders";

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(Database.class);

    @Inject
    Database database;

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
        Connection connection = FakeDriver.connection();
        driver.script().thenThrow(n -> new SQLTransientConnectionException("Connection refused"))
                .thenThrow(n -> new SQLTimeoutException("connect timed out")).thenReturn(connection);

        assertThat(database.connectToDatabase(URL)).isSameAs(connection);
        assertThat(time.waits()).hasSize(2);
    }

    @Test
    void fiveQuickFailuresEndTheCall() {
        driver.script().thenAlwaysThrow(n -> new SQLTransientConnectionException("Connection refused #" + n));

        assertThat(catchThrowable(() -> database.connectToDatabase(URL))).isSameAs(driver.script().lastOutcome());
        assertThat(driver.script().calls()).isEqualTo(5);
    }

    @Test
    void slowFailuresEndTheCallAtTheFirstTryStartedAfterThirtySeconds() {
        driver.script().thenAlwaysThrow(n -> {
            time.advance(Duration.ofSeconds(10)); // each connect times out after 10 s
            return new SQLTimeoutException("connect timed out #" + n);
        });

        assertThat(catchThrowable(() -> database.connectToDatabase(URL))).isSameAs(driver.script().lastOutcome());
        assertThat(driver.script().calls()).isEqualTo(4);
    }

    @Test
    void otherDatabaseErrorsAreThrownAtOnce() {
        driver.script().thenThrow(n -> new SQLInvalidAuthorizationSpecException("password authentication failed"));

        assertThat(catchThrowable(() -> database.connectToDatabase(URL))).isSameAs(driver.script().outcome(1));
        assertThat(time.waits()).isEmpty();
    }
}
