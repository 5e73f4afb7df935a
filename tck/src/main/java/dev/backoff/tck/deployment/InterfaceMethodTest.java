package dev.backoff.tck.deployment;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.tck.Spec;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static dev.backoff.tck.deployment.Deployment.problem;
import static dev.backoff.tck.deployment.Deployment.where;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC 1.8 and 6: {@code @Backoff} on a plain CDI bean's interface, or its methods, is never applied (interceptor
 * bindings are not inherited from interfaces): a deployment error that names it and says where to put it instead.
 */
@Spec({"1.8", "6"})
class InterfaceMethodTest {

    private static final String ACCEPTED = "accepted: @Backoff on the method or class of the bean that implements it";

    @Test
    void anInterfaceMethod() {
        assertThat(problem(Fetcher.class)).startsWith(where(Fetching.class, "fetch") + "): ")
                .contains("@Backoff on an interface method is never applied", ACCEPTED);
    }

    @Test
    void anInterface() {
        assertThat(problem(Storer.class)).startsWith(Storing.class.getName() + ": ")
                .contains("@Backoff on an interface is never applied", ACCEPTED);
    }

    public interface Fetching {
        @Backoff(on = IOException.class, jitter = Jitter.NONE)
        String fetch() throws IOException;
    }

    @ApplicationScoped
    public static class Fetcher implements Fetching {
        @Override
        public String fetch() throws IOException {
            throw new IOException("down");
        }
    }

    @Backoff(on = IOException.class, jitter = Jitter.NONE)
    public interface Storing {
        void store() throws IOException;
    }

    @ApplicationScoped
    public static class Storer implements Storing {
        @Override
        public void store() throws IOException {
            throw new IOException("down");
        }
    }
}
