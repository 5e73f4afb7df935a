package dev.backoff.docs.fakes;

import dev.backoff.tck.seed.Script;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;

/**
 * A JDBC driver for {@code jdbc:fake:} URLs: each connect plays the next step of {@link #script()} (a connection, or
 * an exception). Its connections record what is called on them. Register it for a test, and deregister it after.
 */
public final class FakeDriver implements Driver {

    private final Script<Connection, SQLException> script = new Script<>();

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

    /** A connection that records the names of the methods called on it ({@code commit}, {@code rollback}, ...). */
    public static Connection connection(List<String> calls) {
        return (Connection) Proxy.newProxyInstance(FakeDriver.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    calls.add(method.getName());
                    Class<?> type = method.getReturnType();
                    return type == boolean.class ? false : type == int.class ? 0 : null;
                });
    }

    /** A connection that records its calls in a new list. */
    public static Connection connection() {
        return connection(new CopyOnWriteArrayList<>());
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
        return Logger.getLogger("dev.backoff.docs");
    }
}
