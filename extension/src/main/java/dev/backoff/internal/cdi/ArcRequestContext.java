package dev.backoff.internal.cdi;

import dev.backoff.internal.engine.ContextCarrier;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext.ContextState;
import io.quarkus.arc.ManagedContext;

/**
 * SPEC 3.7 on Quarkus ArC: the caller's request context state, activated again on the thread of a later attempt; a
 * fresh request context, for that attempt only, once the caller's has ended. Loaded only where ArC runs.
 */
final class ArcRequestContext implements ContextCarrier {

    private final ManagedContext requests = Arc.container().requestContext();

    /** Whether ArC is the container here. */
    static boolean running() {
        return Arc.container() != null;
    }

    @Override
    public Carried capture() {
        if (!requests.isActive()) {
            return null;
        }
        ContextState state = requests.getState();
        return attempts -> {
            if (requests.isActive()) {
                attempts.run(); // this thread runs in a request already: the caller's, or one of its own
            } else if (state.isValid()) {
                requests.activate(state);
                try {
                    attempts.run();
                } finally {
                    requests.deactivate();
                }
            } else {
                requests.activate();
                try {
                    attempts.run();
                } finally {
                    requests.terminate();
                }
            }
        };
    }
}
