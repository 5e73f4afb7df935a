package dev.backoff.tck.weld;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.internal.cdi.BackoffExtension;
import dev.backoff.internal.cdi.BackoffLiteExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.spi.Extension;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC 7.1 as a CDI Full application on Weld meets the library: discovery on, so Weld finds both of the library's
 * extensions in its jar's service files, the portable and the build-compatible one, and must run exactly one. (The
 * TCK's own deployments add the extension themselves, discovery off.) Two at work would bind the interceptor twice: 3
 * x 3 attempts instead of 3, or two {@code Sites} beans and a deployment error.
 */
class BothExtensionsDiscoveredTest {

    @Test
    void withBothExtensionsDiscoveredExactlyOneRuns() {
        assertThat(ServiceLoader.load(Extension.class).stream().map(ServiceLoader.Provider::type))
                .contains(BackoffExtension.class);
        assertThat(ServiceLoader.load(BuildCompatibleExtension.class).stream().map(ServiceLoader.Provider::type))
                .contains(BackoffLiteExtension.class);

        try (WeldContainer container = new Weld().addBeanClass(Api.class).initialize()) {
            Api api = container.select(Api.class).get();

            assertThatThrownBy(api::fetch).hasMessage("down 3");
            assertThat(api.calls()).isEqualTo(3);
        }
    }

    @ApplicationScoped
    public static class Api {
        private final AtomicInteger calls = new AtomicInteger();

        int calls() {
            return calls.get();
        }

        @Backoff(on = IOException.class, maxTries = 3, unit = ChronoUnit.MILLIS, jitter = Jitter.NONE)
        public String fetch() throws IOException {
            throw new IOException("down " + calls.incrementAndGet());
        }
    }
}
