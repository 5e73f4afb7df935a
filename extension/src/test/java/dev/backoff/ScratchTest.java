package dev.backoff;

import dev.backoff.internal.cdi.BackoffExtension;
import dev.backoff.spi.VirtualTime;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ScratchTest {
    @ApplicationScoped
    public static class Flaky {
        final AtomicInteger calls = new AtomicInteger();
        public int calls() { return calls.get(); }
        @Backoff(on = IOException.class, maxTries = 5, jitter = Jitter.NONE)
        public String get() throws IOException {
            if (calls.incrementAndGet() < 4) throw new IOException("no " + calls.get());
            return "ok";
        }
    }

    @Test
    void works() throws Exception {
        try (WeldContainer c = new Weld().disableDiscovery().addBeanClasses(Flaky.class, VirtualTime.class)
                .addExtension(new BackoffExtension()).initialize()) {
            Flaky f = c.select(Flaky.class).get();
            assertThat(f.get()).isEqualTo("ok");
            System.out.println("WAITS " + c.select(VirtualTime.class).get().waits() + " calls " + f.calls());
        }
    }
}
