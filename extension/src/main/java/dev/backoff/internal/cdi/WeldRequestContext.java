package dev.backoff.internal.cdi;

import dev.backoff.internal.engine.ContextCarrier;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.spi.Context;
import jakarta.enterprise.context.spi.Contextual;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.Vetoed;
import jakarta.enterprise.inject.spi.BeanContainer;
import jakarta.enterprise.inject.spi.PassivationCapable;
import org.jboss.weld.context.WeldAlterableContext;
import org.jboss.weld.context.api.ContextualInstance;
import org.jboss.weld.context.bound.BoundLiteral;
import org.jboss.weld.context.bound.BoundRequestContext;
import org.jboss.weld.manager.api.WeldManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * SPEC 3.7 on Weld (Helidon, Payara, WildFly): the caller's request-scoped instances, set into a request context bound
 * to the thread of a later attempt (Weld's alterable contexts, as Weld's own context propagation does); once the
 * caller's request has ended ({@link #LIVENESS}), a fresh request context for that attempt only, destroyed after it.
 * Only the request context is asked for: asking Weld for every active context asks each scope of the application, and
 * some (Faces' flow scope) fail outside their own kind of request. Loaded only where Weld runs.
 */
final class WeldRequestContext implements ContextCarrier {

    /**
     * Whether a request has ended: an instance of its own in each request that an asynchronous call captures, which
     * Weld destroys when it destroys the request. Weld can carry a request's instances to another thread, but cannot
     * tell whether that request is over; this can. A contextual of the library's own, not a bean: nothing to look up,
     * nothing an application or a deployer can see or veto.
     */
    private static final Contextual<boolean[]> LIVENESS = new Liveness();

    private final WeldManager weld;
    private final BoundRequestContext bound;

    private WeldRequestContext(WeldManager weld, BeanContainer beans) {
        this.weld = weld;
        this.bound = BeanLookup.find(beans, BoundRequestContext.class, BoundLiteral.INSTANCE);
    }

    /** The carrier of a Weld container, or {@code null} when {@code beans} is not Weld's. */
    static ContextCarrier of(BeanContainer beans) {
        return beans instanceof WeldManager weld ? new WeldRequestContext(weld, beans) : null;
    }

    @Override
    public Carried capture() {
        if (!weld.isContextActive(RequestScoped.class)) {
            return null;
        }
        Context requests = weld.getContext(RequestScoped.class);
        if (!(requests instanceof WeldAlterableContext alterable)) {
            return null;
        }
        boolean[] ended = requests.get(LIVENESS, weld.createCreationalContext(LIVENESS)); // the caller's request's own
        Collection<ContextualInstance<?>> instances = alterable.getAllContextualInstances();
        return attempts -> {
            if (weld.isContextActive(RequestScoped.class)) {
                attempts.run(); // this thread runs in a request already: the caller's, or one of its own
                return;
            }
            boolean fresh = ended[0];
            Map<String, Object> storage = new HashMap<>();
            bound.associate(storage);
            bound.activate();
            try {
                if (!fresh) {
                    bound.clearAndSet(instances);
                }
                attempts.run();
            } finally {
                if (fresh) {
                    bound.invalidate(); // the attempt's own request: its instances are destroyed with it
                }
                bound.deactivate();
                bound.dissociate(storage);
            }
        };
    }

    /** One flag per request, set when Weld destroys the request. */
    @Vetoed
    private static final class Liveness implements Contextual<boolean[]>, PassivationCapable {
        @Override
        public boolean[] create(CreationalContext<boolean[]> creationalContext) {
            return new boolean[1];
        }

        @Override
        public void destroy(boolean[] ended, CreationalContext<boolean[]> creationalContext) {
            ended[0] = true;
        }

        @Override
        public String getId() {
            return WeldRequestContext.class.getName() + "/liveness";
        }
    }
}
