package dev.backoff.tck.async;

import dev.backoff.Backoff;
import dev.backoff.Falsy;
import dev.backoff.Jitter;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SPEC 3.5: a method returning a Mutiny Uni is retried by re-subscription. */
@Spec("3.5")
@Deploy(UniRetryTest.Reactive.class)
class UniRetryTest {

    @Inject
    Reactive reactive;

    @Inject
    VirtualTime time;

    @Test
    void eachAttemptResubscribesToTheUniTheMethodReturned() {
        reactive.failFirst(2);

        Uni<String> uni = reactive.fetch();
        assertThat(reactive.subscriptions()).as("nothing runs before subscription").isZero();

        assertThat(uni.await().indefinitely()).isEqualTo("item 3");
        assertThat(reactive.methodCalls()).isEqualTo(1);
        assertThat(reactive.subscriptions()).isEqualTo(3);
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    @Spec({"2.7", "3.5"})
    void givingUpFailsTheUniWithTheLastException() {
        reactive.failFirst(10);

        assertThatThrownBy(() -> reactive.fetch().await().indefinitely()).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("subscription 3");
        assertThat(reactive.subscriptions()).isEqualTo(3);
    }

    @Test
    @Spec({"1.4", "3.5"})
    void aRejectedItemIsRetriedLikeAnyValue() {
        reactive.failFirst(0);

        assertThat(reactive.readyOnThirdLook().await().indefinitely()).isEqualTo(42);
        assertThat(reactive.subscriptions()).as("two falsy zeros, then 42").isEqualTo(3);
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    @Spec({"2.1", "3.5"})
    void eachSubscriptionToTheReturnedUniIsItsOwnCall() {
        reactive.failFirst(1);
        Uni<String> uni = reactive.fetch();

        assertThat(uni.await().indefinitely()).isEqualTo("item 2");
        assertThat(uni.await().indefinitely()).isEqualTo("item 3");
        assertThat(reactive.subscriptions()).isEqualTo(3);
    }

    @ApplicationScoped
    public static class Reactive {
        private final AtomicInteger methodCalls = new AtomicInteger();
        private final AtomicInteger subscriptions = new AtomicInteger();
        private volatile int failures;

        void failFirst(int n) {
            failures = n;
            methodCalls.set(0);
            subscriptions.set(0);
        }

        int methodCalls() {
            return methodCalls.get();
        }

        int subscriptions() {
            return subscriptions.get();
        }

        @Backoff(maxTries = 3, jitter = Jitter.NONE)
        public Uni<String> fetch() {
            methodCalls.incrementAndGet();
            return Uni.createFrom().item(() -> {
                int n = subscriptions.incrementAndGet();
                if (n <= failures) {
                    throw new UncheckedIOException(new IOException("subscription " + n));
                }
                return "item " + n;
            });
        }

        @Backoff(retryIf = Falsy.class, maxTries = 5, jitter = Jitter.NONE)
        public Uni<Integer> readyOnThirdLook() {
            return Uni.createFrom().item(() -> subscriptions.incrementAndGet() < 3 ? 0 : 42);
        }
    }
}
