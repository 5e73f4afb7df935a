package dev.backoff.internal.cdi;

import dev.backoff.internal.engine.SyncRetry;
import dev.backoff.internal.engine.Target;
import dev.backoff.internal.policy.Policy;
import jakarta.interceptor.InvocationContext;

/** How the engine makes an attempt of an intercepted call: proceed, or for a stacked layer, run the next layer. */
final class Invocations {

    /** The innermost layer: one attempt is one {@code proceed()}. */
    static final Target<InvocationContext> PROCEED = new Target<>() {
        @Override
        public Object attempt(InvocationContext call) throws Exception {
            return call.proceed();
        }

        @Override
        public Object[] arguments(InvocationContext call) {
            return call.getParameters();
        }
    };

    /** An outer layer of stacked annotations: one attempt is a whole call of the next layer. */
    static final Target<Layer> NEXT_LAYER = new Target<>() {
        @Override
        public Object attempt(Layer call) throws Exception {
            return call.next();
        }

        @Override
        public Object[] arguments(Layer call) {
            return call.context.getParameters();
        }
    };

    private Invocations() {
    }

    /** Runs {@code layers[0]} around {@code layers[1]} around ... around {@code proceed()}. */
    static Object run(SyncRetry sync, Policy[] layers, InvocationContext context) throws Exception {
        if (layers.length == 1) {
            return sync.call(layers[0], context, PROCEED);
        }
        return sync.call(layers[0], new Layer(sync, layers, 1, context), NEXT_LAYER);
    }

    /** The call of layer {@code index} and those inside it. */
    record Layer(SyncRetry sync, Policy[] layers, int index, InvocationContext context) {
        Object next() throws Exception {
            if (index == layers.length - 1) {
                return sync.call(layers[index], context, PROCEED);
            }
            return sync.call(layers[index], new Layer(sync, layers, index + 1, context), NEXT_LAYER);
        }
    }
}
