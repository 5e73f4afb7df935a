package dev.backoff.tck.annotation;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.Feature;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import dev.backoff.tck.deployment.Deployment;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC 1.5: a class-level {@code @Backoff} covers the business methods the bean inherits from its interfaces too,
 * where the container intercepts them; where it does not, that is a deployment error, never a silent no-op.
 */
@Spec("1.5")
class DefaultMethodTest {

    @Test
    void anInheritedDefaultMethodIsRetried() {
        if (Tck.container().unsupported(Feature.DEFAULT_METHOD_INTERCEPTION).isPresent()) {
            assertThat(Deployment.problem(Polite.class)).startsWith(Deployment.where(Greeting.class, "greet") + "): ")
                    .contains("which this container never intercepts; accepted: override it in "
                            + Polite.class.getName());
            return;
        }
        try (Deployed deployed = Tck.start(Polite.class)) {
            Polite polite = deployed.get(Polite.class);

            assertThatThrownBy(polite::greet).isInstanceOf(IOException.class).hasMessage("not now 3");
            assertThat(polite.count().get()).isEqualTo(3);
            assertThatThrownBy(polite::wave).as("overridden by the class").isInstanceOf(IOException.class)
                    .hasMessage("no wave 3");
        }
    }

    public interface Greeting {
        AtomicInteger count();

        default String greet() throws IOException {
            throw new IOException("not now " + count().incrementAndGet());
        }

        default String wave() throws IOException {
            return "wave";
        }
    }

    @ApplicationScoped
    @Backoff(on = IOException.class, maxTries = 3, jitter = Jitter.NONE)
    public static class Polite implements Greeting {
        private final AtomicInteger count = new AtomicInteger();
        private int waves;

        @Override
        public AtomicInteger count() {
            return count;
        }

        @Override
        public String wave() throws IOException {
            throw new IOException("no wave " + ++waves);
        }
    }
}
