package dev.backoff.internal.cdi;

import dev.backoff.internal.WithoutApis;
import dev.backoff.internal.engine.ContextCarrier;
import jakarta.enterprise.inject.spi.BeanContainer;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Vert.x and MicroProfile Context Propagation are optional (SPEC 3.8, 3.9): without them on the class path, an
 * asynchronous call carries what the container's request context carrier carries, on the default scheduler, and
 * neither {@code VertxContext} nor {@code MicroProfileThreadContext}, the classes that name those APIs, is loaded.
 */
class AsyncContextsWithoutOptionalApisTest {

    private static final String VERTX_CONTEXT = "dev.backoff.internal.cdi.VertxContext";
    private static final String THREAD_CONTEXT = "dev.backoff.internal.cdi.MicroProfileThreadContext";

    @Test
    void withoutVertxAndContextPropagationNothingNamingThemIsLoaded() throws Exception {
        try (WithoutApis loader = new WithoutApis(AsyncContexts.class, getClass(), "io.vertx.",
                "org.eclipse.microprofile.context.")) {
            @SuppressWarnings("unchecked")
            Supplier<Map<String, Object>> probe = (Supplier<Map<String, Object>>) loader.loadClass(Probe.class.getName())
                    .getDeclaredConstructor().newInstance();

            assertThat(probe.get()).containsEntry("with the default scheduler, the carrier given", true)
                    .containsEntry("at startup, the request contexts of a container that is neither ArC nor Weld",
                            true);
            assertThat(loader.loaded(VERTX_CONTEXT)).as("VertxContext loaded").isFalse();
            assertThat(loader.loaded(THREAD_CONTEXT)).as("MicroProfileThreadContext loaded").isFalse();
            // and that is the guards' doing: each names its API, which this loader does not have
            assertThatThrownBy(loader.loadClass(VERTX_CONTEXT + "$OnContext")::getDeclaredFields)
                    .isInstanceOf(NoClassDefFoundError.class).hasMessageContaining("io/vertx");
            assertThatThrownBy(loader.loadClass(THREAD_CONTEXT)::getDeclaredFields)
                    .isInstanceOf(NoClassDefFoundError.class).hasMessageContaining("org/eclipse/microprofile/context");
        }
    }

    /** Runs in the loader without the optional APIs; answers in JDK types only, which both loaders share. */
    public static final class Probe implements Supplier<Map<String, Object>> {

        @Override
        public Map<String, Object> get() {
            ContextCarrier given = () -> null;
            BeanContainer noBeans = (BeanContainer) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {BeanContainer.class}, (proxy, method, args) -> {
                        throw new AssertionError("the container was asked " + method.getName());
                    });
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("with the default scheduler, the carrier given",
                    AsyncContexts.forScheduler(given, new DefaultScheduler(noBeans)) == given);
            seen.put("at startup, the request contexts of a container that is neither ArC nor Weld",
                    AsyncContexts.forContainer(noBeans) == ContextCarrier.NONE);
            return seen;
        }
    }
}
