package dev.backoff.internal.cdi;

import dev.backoff.internal.engine.ContextCarrier;
import jakarta.enterprise.inject.Vetoed;
import jakarta.enterprise.inject.spi.BeanContainer;
import org.eclipse.microprofile.context.ThreadContext;

import java.util.concurrent.Executor;

/**
 * SPEC 3.9: where the application has a MicroProfile Context Propagation {@link ThreadContext} bean, each asynchronous
 * call captures the contexts it propagates at the call ({@link ThreadContext#currentContextExecutor()}, on the
 * caller's thread), and every later attempt runs inside them, on whatever thread it runs. Loaded only where the API is.
 *
 * <p>With the request-context carrier of SPEC 3.7: the thread context is entered first, and the request-context
 * carrier runs inside it. Where the thread context propagates CDI's request context (Quarkus' does, through ArC's
 * provider), the carrier finds it active and leaves it alone, so it is activated once, by the thread context, as the
 * application configured it. Where it does not (no CDI provider on this container, or the application configured
 * the thread context not to propagate CDI), the carrier activates it, so SPEC 3.7 holds whatever the thread context
 * propagates.
 */
@Vetoed
final class MicroProfileThreadContext implements ContextCarrier {

    private final ThreadContext threads;
    private final ContextCarrier requests;

    private MicroProfileThreadContext(ThreadContext threads, ContextCarrier requests) {
        this.threads = threads;
        this.requests = requests;
    }

    /** {@code requests} inside the application's thread context; {@code requests} alone when it has none. */
    static ContextCarrier around(ContextCarrier requests, BeanContainer beans) {
        ThreadContext threads = BeanLookup.find(beans, ThreadContext.class);
        return threads == null ? requests : new MicroProfileThreadContext(threads, requests);
    }

    @Override
    public Carried capture() {
        Executor inCallersContext = threads.currentContextExecutor();
        Carried request = requests.capture();
        if (request == null) {
            return inCallersContext::execute;
        }
        return attempts -> inCallersContext.execute(() -> request.run(attempts));
    }
}
