package dev.backoff.tck.annotation;

import dev.backoff.Backoff;
import dev.backoff.Falsy;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC 1.6: stacked annotations nest like Python decorators, the first written outermost. The example of the Python
 * semantics (section 13.1): an outer value retry (constant 10, 3 tries) over an inner exception retry (expo,
 * ValueError, 3 tries) with raise_on_giveup=False. Calls raise, raise, None, raise, 'x' give waits [1, 2, 10, 1],
 * 5 calls, and return 'x'.
 */
@Spec({"1.4", "1.6"})
@Deploy(StackedTest.Layered.class)
class StackedTest {

    @Inject
    Layered layered;

    @Inject
    VirtualTime time;

    @Test
    void layersNestOutermostFirst() {
        layered.script("raise", "raise", null, "raise", "x");

        assertThat(layered.call()).isEqualTo("x");

        assertThat(layered.calls()).isEqualTo(5);
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(10),
                Duration.ofSeconds(1));
    }

    @Test
    @Spec({"1.4", "1.6", "2.7"})
    void theInnerGiveUpWithoutRaisingReturnsNullWhichTheOuterLayerRetries() {
        layered.script("raise", "raise", "raise", "raise", "raise", "raise", "y");

        assertThat(layered.call()).isEqualTo("y");

        // inner: 3 tries -> null; outer waits 10; inner 3 tries -> null; outer waits 10; inner: "y"
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(10),
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(10));
    }

    @ApplicationScoped
    public static class Layered {
        private final Deque<String> script = new ArrayDeque<>();
        private int calls;

        void script(String... outcomes) {
            script.clear();
            script.addAll(java.util.Arrays.asList(outcomes).stream().map(o -> o == null ? "" : o).toList());
            calls = 0;
        }

        int calls() {
            return calls;
        }

        @Backoff(name = "outer", retryIf = Falsy.class, strategy = Wait.CONSTANT, interval = 10, maxTries = 3,
                jitter = Jitter.NONE)
        @Backoff(name = "inner", on = IllegalArgumentException.class, maxTries = 3, raiseOnGiveup = false,
                jitter = Jitter.NONE)
        public String call() {
            calls++;
            String next = script.removeFirst();
            if (next.equals("raise")) {
                throw new IllegalArgumentException("ValueError " + calls);
            }
            return next.isEmpty() ? null : next;
        }
    }
}
