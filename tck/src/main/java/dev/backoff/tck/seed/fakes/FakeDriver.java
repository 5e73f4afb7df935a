package dev.backoff.tck.seed.fakes;

import dev.backoff.tck.seed.Script;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A JDBC driver for {@code jdbc:fake:} URLs: each connect plays the next step of {@link #script()} (a connection, or
 * an exception). Register it for a test, and deregister it after.
 */
public final class FakeDriver implements Driver {

    private final Script<Connection, SQLException> script = new Script<>();

    /** A new driver, registered with {@link DriverManager}. */
    public static FakeDriver register() throws SQLException {
        FakeDriver driver = new FakeDriver();
        DriverManager.registerDriver(driver);
        return driver;
    }

    public void deregister() throws SQLException {
        DriverManager.deregisterDriver(this);
    }

    public Script<Connection, SQLException> script() {
        return script;
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        return acceptsURL(url) ? script.next() : null;
    }

    @Override
    public boolean acceptsURL(String url) {
        return url.startsWith("jdbc:fake:");
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger(FakeDriver.class.getName());
    }
}
