package dev.backoff.demo.context;

import org.eclipse.microprofile.context.spi.ThreadContextProvider;
import org.eclipse.microprofile.context.spi.ThreadContextSnapshot;

import java.util.Map;

/**
 * A thread context of the tests' own, which Quarkus' MicroProfile Context Propagation carries like its own (registered
 * in {@code META-INF/services}): the tenant a thread works for, in a thread local. Applying a snapshot sets the tenant;
 * ending it puts back the thread's own.
 */
public final class Tenant implements ThreadContextProvider {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    /** The tenant this thread works for, or {@code null}. */
    public static String current() {
        return CURRENT.get();
    }

    /** Sets the tenant this thread works for ({@code null}: none). */
    public static void set(String tenant) {
        CURRENT.set(tenant);
    }

    @Override
    public ThreadContextSnapshot currentContext(Map<String, String> props) {
        return snapshotOf(CURRENT.get());
    }

    @Override
    public ThreadContextSnapshot clearedContext(Map<String, String> props) {
        return snapshotOf(null);
    }

    @Override
    public String getThreadContextType() {
        return "backoff-cdi demo tenant";
    }

    private static ThreadContextSnapshot snapshotOf(String tenant) {
        return () -> {
            String before = CURRENT.get();
            CURRENT.set(tenant);
            return () -> CURRENT.set(before);
        };
    }
}
