package dev.backoff.internal.cdi;

import dev.backoff.BackoffLimits;
import dev.backoff.BackoffListener;
import dev.backoff.WaitFunction;
import dev.backoff.spi.RetryBudgets;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.enterprise.inject.spi.BeanContainer;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;

/**
 * On CDI Lite, resolves every policy when the application starts (so a bad config value fails the start, not the
 * first call), and cancels pending asynchronous retries when it stops (SPEC 3.4). Registered by
 * {@link BackoffLiteExtension} only; the portable extension does both itself.
 */
@Singleton
public class LiteLifecycle {

    // Never read: these injection points tell a container that removes unused beans (ArC) that beans of the types
    // class-valued members name, and the store of retry budgets, are used, looked up at startup by type. Without them,
    // a listener bean that nothing injects would be removed and could not be found.
    @Inject
    @Any
    Instance<BackoffListener> listeners;

    @Inject
    @Any
    Instance<BackoffLimits> limits;

    @Inject
    @Any
    Instance<WaitFunction> waitFunctions;

    @Inject
    @Any
    Instance<Predicate<?>> predicates;

    @Inject
    Instance<RetryBudgets> budgets;

    // The same for an application's ManagedScheduledExecutorService, which DefaultScheduler looks up: by its
    // supertype, since Jakarta Concurrency is optional and this class must load without it.
    @Inject
    Instance<ScheduledExecutorService> schedulers;

    /** Before the application's own startup observers, which may call {@code @Backoff} methods. */
    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Startup startup, Sites sites,
               BeanContainer container) {
        LiteSites.resolve(sites, container);
    }

    void stop(@Observes Shutdown shutdown, Sites sites) {
        sites.pending().close();
    }
}
