package dev.backoff.tck.annotation;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Feature;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * SPEC 1.1: a {@code Throwable} that is neither an {@code Exception} nor an {@code Error} is not retried under the
 * default {@code on}, and reaches the caller as the very instance thrown, or as the container itself delivers it.
 */
@Spec("1.1")
@Deploy(ThrowableKindsTest.Api.class)
class ThrowableKindsTest {

    @Inject
    Api api;

    @Test
    void aPlainThrowableIsNotRetried() {
        Throwable thrown = catchThrowable(api::fail);

        assertThat(api.calls()).isEqualTo(1);
        assertThat(thrown).as("the throwable, or the container's wrapper of it")
                .satisfiesAnyOf(t -> assertThat(t).isSameAs(api.thrown()),
                        t -> assertThat(t).hasCauseReference(api.thrown()));
    }

    @Test
    void aPlainThrowableReachesTheCallerAsItWas() {
        Tck.requires(Feature.ANY_THROWABLE_THROUGH_INTERCEPTORS);

        assertThat(catchThrowable(api::fail)).isSameAs(api.thrown());
    }

    /** Neither an Exception nor an Error. */
    public static class Oddity extends Throwable {
        Oddity(String message) {
            super(message);
        }
    }

    @ApplicationScoped
    public static class Api {
        private Oddity thrown;
        private int calls;

        Oddity thrown() {
            return thrown;
        }

        int calls() {
            return calls;
        }

        @Backoff(jitter = Jitter.NONE, maxTries = 3)
        public void fail() {
            calls++;
            thrown = new Oddity("odd " + calls);
            throw Api.<RuntimeException>sneaky(thrown);
        }

        @SuppressWarnings("unchecked")
        private static <T extends Throwable> T sneaky(Throwable t) throws T {
            throw (T) t;
        }
    }
}
