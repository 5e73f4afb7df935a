package dev.backoff.internal.cdi;

import dev.backoff.internal.engine.ContextCarrier;
import dev.backoff.internal.engine.Notifier;
import dev.backoff.internal.engine.Observers;
import dev.backoff.internal.engine.Transactions;
import dev.backoff.internal.engine.PendingRetries;
import jakarta.enterprise.inject.Vetoed;

import java.lang.reflect.Method;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the interceptor needs of one container: every intercepted method's site, built once at startup and read on
 * every call without building a string or reading config; the notifier; the asynchronous calls waiting to retry.
 */
@Vetoed
public final class Sites implements ContextCarrier, Transactions {

    private final PendingRetries pending = new PendingRetries();
    private final Notifier notifier = new Notifier(Observers.NONE);
    private final Set<Method> unresolved = ConcurrentHashMap.newKeySet();
    private final List<Class<?>> beanClasses;
    private ContextCarrier contexts = ContextCarrier.NONE;
    private Transactions transactions = Transactions.NONE;
    private volatile Map<Method, Site> byMethod = Map.of();
    private volatile Map<Method, Site> byIdentity = Map.of();

    /** The sites of a CDI Full application, which its extension finds and resolves itself. */
    Sites() {
        this(List.of());
    }

    /** The sites of a CDI Lite application: the build noted {@code beanClasses}, resolved when it starts. */
    Sites(List<Class<?>> beanClasses) {
        this.beanClasses = List.copyOf(beanClasses);
    }

    /** The bean classes with {@code @Backoff} that the build noted (CDI Lite). */
    List<Class<?>> beanClasses() {
        return beanClasses;
    }

    /** Makes the resolved sites, observers and context carrier what every call sees from now on. */
    void publish(Map<Method, Site> sites, Observers observers, ContextCarrier contexts, Transactions transactions) {
        notifier.observe(observers); // these three before the volatile writes below, which every call reads first
        this.contexts = contexts;
        this.transactions = transactions;
        this.byMethod = Map.copyOf(sites);
        this.byIdentity = Map.of();
    }

    /**
     * The site of {@code method}, or {@code null} when it has no {@code @Backoff}. The container hands the
     * interceptor the same {@code Method} instance on every call of a method, so the site is first looked up by
     * identity: hashing and comparing a {@code Method} by value (name, declaring class, parameter types) was most of
     * the interceptor's own cost on the success path (see docs/performance.md).
     */
    Site get(Method method) {
        Site site = byIdentity.get(method);
        if (site == null) {
            site = byMethod.get(method);
            if (site != null) {
                remember(method, site);
            }
        }
        return site;
    }

    /** Copy on write: reads never lock. Bounded, in case a container hands out a new {@code Method} per call. */
    private synchronized void remember(Method method, Site site) {
        Map<Method, Site> seen = byIdentity;
        if (seen.size() < 4 * byMethod.size() + 16) {
            Map<Method, Site> copy = new IdentityHashMap<>(seen);
            copy.put(method, site);
            byIdentity = copy;
        }
    }

    /** Whether this is the first call of {@code method} that reached the interceptor without a site. */
    boolean firstUnresolvedCall(Method method) {
        return unresolved.add(method);
    }

    /** SPEC 3.7, 3.9: the caller's request context and thread context, carried as this container allows. */
    @Override
    public Carried capture() {
        return contexts.capture();
    }

    /** SPEC 7.4: the caller's JTA transaction, where there is JTA. */
    @Override
    public boolean rollbackOnly() {
        return transactions.rollbackOnly();
    }

    Notifier notifier() {
        return notifier;
    }

    PendingRetries pending() {
        return pending;
    }
}
