package dev.backoff.internal.cdi;

import dev.backoff.Backoff;
import dev.backoff.internal.engine.AsyncRetry;
import dev.backoff.internal.engine.SyncRetry;
import dev.backoff.internal.policy.Policy;
import dev.backoff.spi.BackoffClock;
import dev.backoff.spi.BackoffScheduler;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.lang.reflect.Method;
import java.util.logging.Logger;

/**
 * Runs {@code @Backoff} methods through the retry engine: the sync loop, or by return type the async one (SPEC 3).
 * Outside {@code @Transactional} (SPEC 7.2), so that each attempt gets a fresh transaction. It looks up the method's
 * precomputed site and nothing else.
 */
@Backoff
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class BackoffInterceptor {

    /**
     * How the log line starts when the container calls this interceptor for a method the extensions found no
     * {@code @Backoff} on: a way of binding it that they do not know. Never expected; the TCK fails on it.
     */
    public static final String UNRESOLVED = "@Backoff is bound to ";

    private static final Logger LOG = Logger.getLogger("dev.backoff");

    private final Sites sites;
    private final SyncRetry sync;
    private final AsyncRetry async;

    @Inject
    public BackoffInterceptor(Sites sites, BackoffClock clock, BackoffScheduler scheduler) {
        this.sites = sites;
        this.sync = new SyncRetry(clock, sites.notifier(), sites);
        this.async = new AsyncRetry(clock, scheduler, sites.notifier(), sites.pending(),
                AsyncContexts.forScheduler(sites, scheduler));
    }

    @AroundInvoke
    Object retry(InvocationContext context) throws Exception {
        Site site = sites.get(context.getMethod());
        Policy[] layers = site == null ? null : site.layers(context.getTarget());
        if (layers == null) {
            unresolved(context);
            return context.proceed();
        }
        return switch (site.kind) {
            case SYNC -> Invocations.run(sync, layers, context, Invocations.PROCEED);
            case STAGE -> Invocations.run(async, layers, context, Invocations.PROCEED);
            case UNI -> UniRetry.retry(async, layers, context);
        };
    }

    /** Says once per method that it runs without retries, instead of proceeding in silence. */
    private void unresolved(InvocationContext context) {
        Method method = context.getMethod();
        if (sites.firstUnresolvedCall(method)) {
            LOG.warning(UNRESOLVED + method + " on " + context.getTarget().getClass().getName() + ", but backoff-cdi found"
                    + " no policy for it when the application started, so it runs once, without retries. Please report"
                    + " this with how @Backoff reaches the method (annotation, stereotype, interface, container).");
        }
    }
}
