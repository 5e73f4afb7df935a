package dev.backoff.internal.cdi;

import dev.backoff.Backoff;
import dev.backoff.internal.engine.SyncRetry;
import dev.backoff.internal.policy.Policy;
import dev.backoff.spi.BackoffClock;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs {@code @Backoff} methods through the retry engine. Outside {@code @Transactional} (SPEC 7.2), so that each
 * attempt gets a fresh transaction. It looks up the method's precomputed site and nothing else.
 */
@Backoff
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class BackoffInterceptor {

    private final Sites sites;
    private final SyncRetry sync;

    @Inject
    public BackoffInterceptor(Sites sites, BackoffClock clock) {
        this.sites = sites;
        this.sync = new SyncRetry(clock, sites.notifier());
    }

    @AroundInvoke
    Object retry(InvocationContext context) throws Exception {
        Site site = sites.get(context.getMethod());
        Policy[] layers = site == null ? null : site.layers(context.getTarget());
        if (layers == null) {
            return context.proceed();
        }
        return Invocations.run(sync, layers, context);
    }
}
