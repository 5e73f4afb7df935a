package dev.backoff.internal.http;

import dev.backoff.internal.WithoutApis;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Jakarta REST API is optional (issue 15, section 1): without it, {@link ServerDelays} still reads
 * {@code ServerDelay}s and {@code java.net.http} responses and closes their bodies, and never loads {@code JaxRs}, the
 * one class that names the API. The library's classes run here in a class loader of their own whose parent hides
 * {@code jakarta.ws.rs} and RESTEasy, so what they see is a class path without them.
 */
class ServerDelaysWithoutJaxRsTest {

    private static final String JAX_RS = "dev.backoff.internal.http.JaxRs";

    @Test
    void serverDelaysWorkWithoutTheJakartaRestApi() throws Exception {
        try (WithoutApis loader = new WithoutApis(ServerDelays.class, getClass(), "jakarta.ws.rs.",
                "org.jboss.resteasy.")) {
            Class<?> probe = loader.loadClass(Probe.class.getName());
            assertThat(probe.getClassLoader()).as("the probe runs with the library's classes of that loader")
                    .isSameAs(loader);

            @SuppressWarnings("unchecked")
            Map<String, Object> seen = ((Supplier<Map<String, Object>>) probe.getDeclaredConstructor().newInstance())
                    .get();

            assertThat(seen).containsEntry("jakarta.ws.rs.core.Response on the class path", false)
                    .containsEntry("an exception that says its delay", Optional.of(Duration.ofSeconds(7)))
                    .containsEntry("a cause that says its delay", Optional.of(Duration.ofSeconds(7)))
                    .containsEntry("an HttpResponse's Retry-After", Optional.of(Duration.ofSeconds(120)))
                    .containsEntry("a plain exception", Optional.empty())
                    .containsEntry("a plain value", Optional.empty())
                    .containsEntry("the HttpResponse's body closed", true);
            assertThat(loader.loaded(JAX_RS)).as("JaxRs loaded").isFalse();
            // and that is the guard's doing: JaxRs names the API, which this loader does not have
            Class<?> jaxRs = loader.loadClass(JAX_RS);
            assertThatThrownBy(jaxRs::getDeclaredMethods).isInstanceOf(NoClassDefFoundError.class)
                    .hasMessageContaining("jakarta/ws/rs");
        }
    }

    /** Runs in the loader without Jakarta REST; answers in JDK types only, which both loaders share. */
    public static final class Probe implements Supplier<Map<String, Object>> {

        private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

        @Override
        public Map<String, Object> get() {
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("jakarta.ws.rs.core.Response on the class path", visible("jakarta.ws.rs.core.Response"));
            DelayedException delayed = new DelayedException(Duration.ofSeconds(7));
            seen.put("an exception that says its delay", ServerDelays.of(null, delayed, NOW));
            seen.put("a cause that says its delay", ServerDelays.of(null, new IOException(delayed), NOW));
            seen.put("an HttpResponse's Retry-After",
                    ServerDelays.of(FakeHttpResponse.of("busy", "Retry-After", "120"), null, NOW));
            seen.put("a plain exception", ServerDelays.of(null, new IOException("refused"), NOW));
            seen.put("a plain value", ServerDelays.of("busy", null, NOW));

            AtomicBoolean closed = new AtomicBoolean();
            InputStream body = new ByteArrayInputStream(new byte[0]) {
                @Override
                public void close() {
                    closed.set(true);
                }
            };
            ServerDelays.close(FakeHttpResponse.of(body));
            ServerDelays.close("busy");
            seen.put("the HttpResponse's body closed", closed.get());
            return seen;
        }

        private boolean visible(String className) {
            try {
                Class.forName(className, false, getClass().getClassLoader());
                return true;
            } catch (ClassNotFoundException absent) {
                return false;
            }
        }
    }
}
