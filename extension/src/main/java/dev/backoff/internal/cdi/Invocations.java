package dev.backoff.internal.cdi;

import dev.backoff.internal.engine.RetryLoop;
import dev.backoff.internal.engine.Target;
import dev.backoff.internal.policy.Policy;
import jakarta.enterprise.inject.Vetoed;
import jakarta.interceptor.InvocationContext;

/** How the engine makes an attempt of an intercepted call: proceed, or for a stacked layer, run the next layer. */
@Vetoed
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

    private Invocations() {
    }

    /** Runs {@code layers[0]} around {@code layers[1]} around ... around the innermost {@code target}. */
    static <C> Object run(RetryLoop loop, Policy[] layers, C call, Target<C> innermost) throws Exception {
        if (layers.length == 1) {
            return loop.call(layers[0], call, innermost);
        }
        return loop.call(layers[0], new LayersFrom<>(loop, layers, 1, call, innermost), new NextLayer<>());
    }

    /** The call of layer {@code index} and those inside it. */
    private record LayersFrom<C>(RetryLoop loop, Policy[] layers, int index, C call, Target<C> innermost) {
        Object run() throws Exception {
            if (index == layers.length - 1) {
                return loop.call(layers[index], call, innermost);
            }
            return loop.call(layers[index], new LayersFrom<>(loop, layers, index + 1, call, innermost),
                    new NextLayer<>());
        }
    }

    /** An outer layer of stacked annotations: one attempt is a whole call of the next layer. */
    @Vetoed
    private static final class NextLayer<C> implements Target<LayersFrom<C>> {
        @Override
        public Object attempt(LayersFrom<C> layer) throws Exception {
            return layer.run();
        }

        @Override
        public Object[] arguments(LayersFrom<C> layer) {
            return layer.innermost().arguments(layer.call());
        }
    }
}
