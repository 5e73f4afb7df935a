package dev.backoff.tck.seed.fakes;

import dev.backoff.tck.seed.Script;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A JDBC {@link Connection} that records the names of the methods called on it ({@code commit}, {@code rollback},
 * ...) and whose {@code commit} plays the next step of {@link #commits()}: it succeeds unless the test scripts
 * otherwise. Every other method does nothing ({@code equals}, {@code hashCode} and {@code toString} are those of an
 * object, and not recorded).
 */
public final class FakeConnection {

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final Script<Void, SQLException> commits = new Script<Void, SQLException>().thenAlwaysReturn(n -> null);
    private final Connection connection = (Connection) Proxy.newProxyInstance(FakeConnection.class.getClassLoader(),
            new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "equals":
                        return proxy == args[0];
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    case "toString":
                        return "FakeConnection";
                    default:
                        break;
                }
                calls.add(method.getName());
                if (method.getName().equals("commit")) {
                    commits.next();
                }
                Class<?> type = method.getReturnType();
                return type == boolean.class ? false : type == int.class ? 0 : null;
            });

    /** The connection. */
    public Connection connection() {
        return connection;
    }

    /** What each {@code commit} does: steps scripted here come first, then every commit succeeds. */
    public Script<Void, SQLException> commits() {
        return commits;
    }

    /** The methods called on the connection, in order. */
    public List<String> calls() {
        return List.copyOf(calls);
    }
}
