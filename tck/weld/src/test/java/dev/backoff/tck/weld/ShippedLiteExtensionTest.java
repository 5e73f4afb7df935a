package dev.backoff.tck.weld;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.internal.cdi.BackoffLiteExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Why the TCK's build-compatible column on Weld runs {@link LiteOnWeld}, a subclass, and not the shipped
 * {@link BackoffLiteExtension}: Weld, a CDI Full container, honours {@code @SkipIfPortableExtensionPresent} by always
 * skipping the extension it marks, the portable extension present or not. Given the shipped class alone, nothing
 * intercepts: one attempt. When Weld starts running it, this fails, and the column can run the shipped class.
 */
class ShippedLiteExtensionTest {

    @Test
    void weldSkipsTheShippedBuildCompatibleExtensionEvenAlone() {
        try (WeldContainer container = new Weld().disableDiscovery().addBeanClass(Api.class)
                .addBuildCompatibleExtensions(BackoffLiteExtension.class).initialize()) {
            Api api = container.select(Api.class).get();

            assertThatThrownBy(api::fetch).hasMessage("down 1");
            assertThat(api.calls()).as("not intercepted").isEqualTo(1);
        }
    }

    @ApplicationScoped
    public static class Api {
        private final AtomicInteger calls = new AtomicInteger();

        int calls() {
            return calls.get();
        }

        @Backoff(on = IOException.class, maxTries = 3, jitter = Jitter.NONE)
        public String fetch() throws IOException {
            throw new IOException("down " + calls.incrementAndGet());
        }
    }
}
