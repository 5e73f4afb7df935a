package dev.backoff.internal.cdi;

import dev.backoff.internal.engine.ContextCarrier;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanContainer;
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
 * caller's request has ended ({@link RequestLiveness}), a fresh request context for that attempt only, destroyed
 * after it. Loaded only where Weld runs.
 */
final class WeldRequestContext implements ContextCarrier {

    private final WeldManager weld;
    private final BoundRequestContext bound;
    private final Bean<RequestLiveness> liveness;

    @SuppressWarnings("unchecked")
    private WeldRequestContext(WeldManager weld, BeanContainer beans) {
        this.weld = weld;
        this.bound = BeanLookup.find(beans, BoundRequestContext.class, BoundLiteral.INSTANCE);
        this.liveness = (Bean<RequestLiveness>) beans.resolve(beans.getBeans(RequestLiveness.class));
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
        // the caller's request's own instance (a client proxy would ask whatever request is current), made if needed
        RequestLiveness request = weld.getContext(RequestScoped.class).get(liveness,
                weld.createCreationalContext(liveness));
        Collection<ContextualInstance<?>> instances = weld.getActiveWeldAlterableContexts().stream()
                .filter(context -> context.getScope() == RequestScoped.class).findFirst()
                .map(WeldAlterableContext::getAllContextualInstances).orElse(null);
        if (instances == null) {
            return null;
        }
        return attempts -> {
            if (weld.isContextActive(RequestScoped.class)) {
                attempts.run(); // this thread runs in a request already: the caller's, or one of its own
                return;
            }
            boolean ended = request.ended();
            Map<String, Object> storage = new HashMap<>();
            bound.associate(storage);
            bound.activate();
            try {
                if (!ended) {
                    bound.clearAndSet(instances);
                }
                attempts.run();
            } finally {
                if (ended) {
                    bound.invalidate(); // the attempt's own request: its instances are destroyed with it
                }
                bound.deactivate();
                bound.dissociate(storage);
            }
        };
    }
}
