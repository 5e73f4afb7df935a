package dev.backoff.tck.events;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.event.BackoffEvent;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * SPEC 2.8: what an {@code @Observes} observer of the events throws ends the call at once and reaches the caller,
 * the attempt's own exception kept as suppressed. An unchecked exception reaches it as it was thrown; a checked one as
 * the container delivers it from an observer: wrapped in an unchecked exception, CDI's {@code ObserverException}
 * (OpenWebBeans wraps it in its own {@code WebBeansException}).
 */
@Spec("2.8")
@Deploy({ObserverExceptionsTest.Api.class, ObserverExceptionsTest.Refusing.class})
class ObserverExceptionsTest {

    @Inject
    Api api;

    @Inject
    VirtualTime time;

    @Test
    void anUncheckedExceptionOfAnObserverEndsTheCallAsItWas() {
        Throwable thrown = catchThrowable(api::unchecked);

        assertThat(thrown).isSameAs(Refusing.unchecked);
        assertThat(thrown.getSuppressed()).extracting(Throwable::getMessage).containsExactly("unchecked 1");
        assertThat(api.calls()).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
    }

    @Test
    void aCheckedExceptionOfAnObserverEndsTheCallWrappedByTheContainer() {
        Throwable thrown = catchThrowable(api::checked);

        assertThat(thrown).isInstanceOf(RuntimeException.class);
        assertThat(causes(thrown)).as("the exception and its causes").contains(Refusing.checked);
        assertThat(api.calls()).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
    }

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** An exception of the application's own, checked. */
    public static final class Refusal extends Exception {
        Refusal(String message) {
            super(message);
        }
    }

    @ApplicationScoped
    public static class Refusing {
        static volatile RuntimeException unchecked;
        static volatile Refusal checked;

        void refuse(@Observes BackoffEvent event) throws Refusal {
            if (event.name().equals("unchecked")) {
                unchecked = new IllegalStateException("observer refuses backoff " + event.tries());
                throw unchecked;
            }
            checked = new Refusal("observer refuses backoff " + event.tries());
            throw checked;
        }
    }

    @ApplicationScoped
    public static class Api {
        private int calls;

        int calls() {
            return calls;
        }

        @Backoff(name = "unchecked", on = IOException.class, maxTries = 3, jitter = Jitter.NONE)
        public String unchecked() throws IOException {
            throw new IOException("unchecked " + ++calls);
        }

        @Backoff(name = "checked", on = IOException.class, maxTries = 3, jitter = Jitter.NONE)
        public String checked() throws IOException {
            throw new IOException("checked " + ++calls);
        }
    }
}
