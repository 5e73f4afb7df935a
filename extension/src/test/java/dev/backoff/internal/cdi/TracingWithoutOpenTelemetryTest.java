package dev.backoff.internal.cdi;

import dev.backoff.internal.WithoutApis;
import dev.backoff.internal.engine.Notifier;
import dev.backoff.internal.engine.Observers;
import dev.backoff.internal.engine.SyncRetry;
import dev.backoff.internal.engine.Target;
import dev.backoff.internal.engine.Traces;
import dev.backoff.internal.engine.Transactions;
import dev.backoff.internal.policy.Members;
import dev.backoff.internal.policy.Policy;
import dev.backoff.internal.policy.Tracing;
import dev.backoff.testing.VirtualTime;
import jakarta.enterprise.inject.spi.BeanContainer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The OpenTelemetry API is optional (SPEC 4.4): without it on the class path, calls retry as ever, whatever
 * {@code tracing} says, record nothing, and {@code OpenTelemetryTracing}, the one class that names the API, is never
 * loaded.
 */
class TracingWithoutOpenTelemetryTest {

    private static final String TRACING = "dev.backoff.internal.cdi.OpenTelemetryTracing";

    @Test
    void withoutTheApiCallsRetryAndNothingNamingItIsLoaded() throws Exception {
        try (WithoutApis loader = new WithoutApis(Tracings.class, getClass(), "io.opentelemetry.")) {
            @SuppressWarnings("unchecked")
            Supplier<Map<String, Object>> probe = (Supplier<Map<String, Object>>) loader.loadClass(Probe.class.getName())
                    .getDeclaredConstructor().newInstance();

            assertThat(probe.get()).containsEntry("traces", "NONE").containsEntry("spans call, value", "ok")
                    .containsEntry("spans call, attempts", 3);
            assertThat(loader.loaded(TRACING)).as("OpenTelemetryTracing loaded").isFalse();
            // and that is the guard's doing: the class names the API, which this loader does not have
            assertThatThrownBy(loader.loadClass(TRACING)::getDeclaredFields)
                    .isInstanceOf(NoClassDefFoundError.class).hasMessageContaining("io/opentelemetry");
        }
    }

    /** Runs in the loader without the API; answers in JDK types only, which both loaders share. */
    public static final class Probe implements Supplier<Map<String, Object>> {

        @Override
        public Map<String, Object> get() {
            BeanContainer noBeans = (BeanContainer) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {BeanContainer.class}, (proxy, method, args) -> {
                        throw new AssertionError("the container was asked " + method.getName());
                    });
            Traces traces = Tracings.forContainer(noBeans);
            AtomicInteger attempts = new AtomicInteger();
            Target<AtomicInteger> twoFailures = new Target<>() {
                @Override
                public Object attempt(AtomicInteger call) throws IOException {
                    if (call.incrementAndGet() < 3) {
                        throw new IOException("refused");
                    }
                    return "ok";
                }

                @Override
                public Object[] arguments(AtomicInteger call) {
                    return new Object[0];
                }
            };
            Map<String, Object> seen = new LinkedHashMap<>();
            seen.put("traces", traces == Traces.NONE ? "NONE" : traces.toString());
            try {
                Policy spans = Policy.builder(Probe.class, Probe.class.getMethod("get")).label("Probe.get(...)")
                        .set(Members.TRACING, Tracing.SPANS).build();
                seen.put("spans call, value", new SyncRetry(new VirtualTime(), new Notifier(Observers.NONE, traces),
                        Transactions.NONE).call(spans, attempts, twoFailures));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            seen.put("spans call, attempts", attempts.get());
            return seen;
        }
    }
}
