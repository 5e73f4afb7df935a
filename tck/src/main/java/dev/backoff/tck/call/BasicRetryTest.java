package dev.backoff.tck.call;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Spec({"2.2", "2.4", "2.5", "2.7"})
@Deploy(BasicRetryTest.Flaky.class)
class BasicRetryTest {

    @Inject
    Flaky flaky;

    @Inject
    VirtualTime time;

    @Test
    void retriesUntilSuccessWithExponentialWaits() throws IOException {
        flaky.failTimes(3);

        assertThat(flaky.fetch()).isEqualTo("ok");

        assertThat(flaky.calls()).isEqualTo(4);
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void givesUpAfterMaxTriesWithTheLastException() {
        flaky.failTimes(10);

        assertThatThrownBy(flaky::fetch).isInstanceOf(IOException.class).hasMessage("failure 5");

        assertThat(flaky.calls()).isEqualTo(5);
        assertThat(time.waits()).hasSize(4);
    }

    @ApplicationScoped
    public static class Flaky {
        private final AtomicInteger calls = new AtomicInteger();
        private volatile int failures;

        void failTimes(int n) {
            failures = n;
        }

        int calls() {
            return calls.get();
        }

        @Backoff(on = IOException.class, maxTries = 5, jitter = Jitter.NONE)
        public String fetch() throws IOException {
            int call = calls.incrementAndGet();
            if (call <= failures) {
                throw new IOException("failure " + call);
            }
            return "ok";
        }
    }
}
