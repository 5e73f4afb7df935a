package dev.backoff.tck.annotation;

import dev.backoff.Backoff;
import dev.backoff.Falsy;
import dev.backoff.Jitter;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 1.4: {@code Falsy} retries on Python's falsy values, the empty primitive optionals among them. */
@Spec("1.4")
@Deploy(FalsyTest.Counter.class)
class FalsyTest {

    @Inject
    Counter counter;

    @Test
    void emptyPrimitiveOptionalsAreRetriedUntilOneHasAValue() {
        counter.script(List.of(OptionalInt.empty(), OptionalLong.empty(), OptionalDouble.empty(), OptionalInt.of(0)));

        assertThat(counter.next()).isEqualTo(OptionalInt.of(0));
        assertThat(counter.calls()).isEqualTo(4);
    }

    @Test
    void theLastEmptyValueIsReturnedOnGiveUp() {
        counter.script(List.of(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.empty()));

        assertThat(counter.next()).isEqualTo(OptionalLong.empty());
        assertThat(counter.calls()).isEqualTo(5);
    }

    @ApplicationScoped
    public static class Counter {
        private final Deque<Object> script = new ArrayDeque<>();
        private int calls;

        void script(List<Object> values) {
            script.addAll(values);
        }

        int calls() {
            return calls;
        }

        @Backoff(retryIf = Falsy.class, maxTries = 5, jitter = Jitter.NONE)
        public Object next() {
            calls++;
            return script.remove();
        }
    }
}
