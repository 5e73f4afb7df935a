package dev.backoff.tck.support;

import org.eclipse.microprofile.context.spi.ThreadContextProvider;
import org.eclipse.microprofile.context.spi.ThreadContextSnapshot;

import java.util.Map;

/**
 * A thread context of the TCK's own, which MicroProfile Context Propagation carries like any other (SPEC 3.9): the
 * tenant a thread works for, in a thread local. Registered in {@code META-INF/services}, as a provider is; applying a
 * snapshot sets the tenant, and ending it puts back the one the thread had.
 */
public final class Tenant implements ThreadContextProvider {

    /** The context type, as a {@code ThreadContext} names what it propagates. */
    public static final String TYPE = "backoff-cdi TCK tenant";

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
        return TYPE;
    }

    private static ThreadContextSnapshot snapshotOf(String tenant) {
        return () -> {
            String before = CURRENT.get();
            CURRENT.set(tenant);
            return () -> CURRENT.set(before);
        };
    }
}
