package dev.backoff.internal.cdi;

import dev.backoff.internal.engine.AsyncRetry;
import dev.backoff.internal.engine.Target;
import dev.backoff.internal.policy.Policy;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Vetoed;
import jakarta.interceptor.InvocationContext;

/**
 * SPEC 3.5: a method returning a Mutiny {@link Uni} is retried by re-subscription. The caller gets a lazy
 * {@code Uni}; each subscription to it runs a retry loop whose attempts subscribe to the {@code Uni} the method
 * returned (the method is called again only after it threw instead of returning one). Loaded only when such a
 * method is called, so Mutiny stays optional.
 */
@Vetoed
final class UniRetry {

    private static final Target<Call> SUBSCRIBE = new Target<>() {
        @Override
        public Object attempt(Call call) throws Exception {
            if (call.uni == null) {
                call.uni = (Uni<?>) call.context.proceed();
                if (call.uni == null) {
                    return null; // a failed attempt: the loop names the method
                }
            }
            return call.uni.subscribeAsCompletionStage();
        }

        @Override
        public Object[] arguments(Call call) {
            return call.context.getParameters();
        }
    };

    private UniRetry() {
    }

    static Uni<Object> retry(AsyncRetry async, Policy[] layers, InvocationContext context) {
        return Uni.createFrom().completionStage(() -> {
            try {
                @SuppressWarnings("unchecked")
                java.util.concurrent.CompletionStage<Object> stage = (java.util.concurrent.CompletionStage<Object>)
                        Invocations.run(async, layers, new Call(context), SUBSCRIBE);
                return stage;
            } catch (Exception unexpected) { // the async loop reports failures through the stage, never by throwing
                throw new IllegalStateException(unexpected);
            }
        });
    }

    /** One subscription's attempts: the {@code Uni} the method returned, once it has returned one. */
    private static final class Call {
        private final InvocationContext context;
        private Uni<?> uni;

        Call(InvocationContext context) {
            this.context = context;
        }
    }
}
