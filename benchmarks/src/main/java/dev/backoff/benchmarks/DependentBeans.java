package dev.backoff.benchmarks;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import jakarta.enterprise.context.Dependent;

/**
 * The sync bean shape again, {@code @Dependent}: no client proxy, so the intercepted subclass is called directly and
 * the floor is lower than with {@code @ApplicationScoped}. This is the stricter comparison of {@code @Backoff} with
 * the no-op interceptor: any cost of its own shows more.
 */
public final class DependentBeans {

    private DependentBeans() {
    }

    /** Behind the no-op interceptor. */
    @Noop
    @Dependent
    public static class NoopEcho {
        public String echo(String in) {
            return in;
        }
    }

    /** Under {@code @Backoff}, the policy of {@link BackoffService}. */
    @Backoff(on = Flake.class, maxTries = 3, strategy = Wait.CONSTANT, interval = 0, jitter = Jitter.NONE)
    @Dependent
    public static class BackoffEcho {
        public String echo(String in) {
            return in;
        }
    }
}
