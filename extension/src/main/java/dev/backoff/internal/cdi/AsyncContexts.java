package dev.backoff.internal.cdi;

import dev.backoff.internal.OptionalApi;
import dev.backoff.internal.engine.ContextCarrier;
import dev.backoff.spi.BackoffScheduler;
import jakarta.enterprise.inject.Vetoed;
import jakarta.enterprise.inject.spi.BeanContainer;

/**
 * What an asynchronous call carries from its caller to its later attempts, as this container and class path allow.
 * Each optional API is named only by a class of its own, loaded after a check that the API is there:
 * <ul>
 * <li>SPEC 3.7, the caller's request context: ArC's context state, Weld's alterable contexts, or nothing
 * (OpenWebBeans offers no way);</li>
 * <li>SPEC 3.9, MicroProfile Context Propagation, where the application has a {@code ThreadContext} bean;</li>
 * <li>SPEC 3.8, the caller's Vert.x context, where Vert.x is on the class path and the library's own scheduler
 * times the waits.</li>
 * </ul>
 */
@Vetoed
final class AsyncContexts {

    private static final boolean VERTX = OptionalApi.present("io.vertx.core.Vertx");

    private AsyncContexts() {
    }

    /** At startup: the request context (SPEC 3.7), inside the MicroProfile thread context where there is one (3.9). */
    static ContextCarrier forContainer(BeanContainer beans) {
        ContextCarrier requests = requestContexts(beans);
        if (OptionalApi.present("org.eclipse.microprofile.context.ThreadContext")) {
            return MicroProfileThreadContext.around(requests, beans);
        }
        return requests;
    }

    /**
     * For one interceptor: with the library's own scheduler, what {@code contexts} carries, plus the caller's Vert.x
     * context (SPEC 3.8). A scheduler the application chose (SPEC 7.3: an alternative, such as {@code VirtualTime})
     * times every wait itself: the Vert.x timers never bypass it. The exact class, not {@code instanceof}: an
     * alternative that extends the default one is the application's choice too.
     */
    static ContextCarrier forScheduler(ContextCarrier contexts, BackoffScheduler scheduler) {
        return VERTX && scheduler.getClass() == DefaultScheduler.class ? new VertxContext(contexts) : contexts;
    }

    private static ContextCarrier requestContexts(BeanContainer beans) {
        if (OptionalApi.present("io.quarkus.arc.Arc") && ArcRequestContext.running()) {
            return new ArcRequestContext();
        }
        if (OptionalApi.present("org.jboss.weld.manager.api.WeldManager")) {
            ContextCarrier weld = WeldRequestContext.of(beans);
            if (weld != null) {
                return weld;
            }
        }
        return ContextCarrier.NONE;
    }
}
