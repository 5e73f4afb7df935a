package dev.backoff.internal.cdi;

import dev.backoff.internal.engine.Notifier;
import dev.backoff.internal.engine.PendingRetries;

import java.lang.reflect.Method;
import java.util.Map;

/**
 * What the interceptor needs of one container: every intercepted method's site, built once at startup and read on
 * every call without building a string or reading config; the notifier; the asynchronous calls waiting to retry.
 */
public final class Sites {

    private final PendingRetries pending = new PendingRetries();
    private volatile Map<Method, Site> byMethod = Map.of();
    private volatile Notifier notifier;

    void publish(Map<Method, Site> sites, Notifier notifier) {
        this.notifier = notifier;
        this.byMethod = Map.copyOf(sites);
    }

    /** The site of {@code method}, or {@code null} when it has no {@code @Backoff}. */
    Site get(Method method) {
        return byMethod.get(method);
    }

    Notifier notifier() {
        Notifier published = notifier;
        if (published == null) {
            throw new IllegalStateException("@Backoff policies are not resolved yet: a bean with @Backoff was called"
                    + " before the container finished validating the deployment");
        }
        return published;
    }

    PendingRetries pending() {
        return pending;
    }
}
