package dev.backoff.tck.annotation;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC 1.3: a typed predicate is asked only about what its type accepts; anything else is "no" to it, never a
 * {@code ClassCastException}.
 */
@Spec("1.3")
@Deploy(TypedPredicateTest.Client.class)
class TypedPredicateTest {

    static final List<Object> ASKED = new CopyOnWriteArrayList<>();

    @Inject
    Client client;

    @BeforeEach
    void reset() {
        ASKED.clear();
    }

    @Test
    void aGiveupPredicateOfIOExceptionIsNotAskedAboutATimeout() {
        TimeoutException timeout = new TimeoutException("slow");
        IOException fatal = new IOException("fatal");
        client.script(List.of(timeout, timeout, fatal, "never reached"));

        assertThatThrownBy(client::call).isSameAs(fatal);

        assertThat(client.calls()).isEqualTo(3);
        assertThat(ASKED).containsExactly(fatal);
    }

    @Test
    void aValuePredicateOfStringCountsOtherValuesAsSuccesses() throws Exception {
        client.script(List.of("busy", "busy", 42));

        assertThat(client.value()).isEqualTo(42);

        assertThat(client.calls()).isEqualTo(3);
        assertThat(ASKED).containsExactly("busy", "busy");
    }

    /** Gives up on an {@code IOException} whose message is "fatal". */
    public static class IsFatal implements Predicate<IOException> {
        @Override
        public boolean test(IOException e) {
            ASKED.add(e);
            return "fatal".equals(e.getMessage());
        }
    }

    /** Retries while the value is "busy". */
    public static class IsBusy implements Predicate<String> {
        @Override
        public boolean test(String value) {
            ASKED.add(value);
            return "busy".equals(value);
        }
    }

    @ApplicationScoped
    public static class Client {
        private final Deque<Object> script = new ArrayDeque<>();
        private int calls;

        void script(List<Object> outcomes) {
            script.clear();
            script.addAll(outcomes);
            calls = 0;
        }

        int calls() {
            return calls;
        }

        @Backoff(on = {IOException.class, TimeoutException.class}, giveup = IsFatal.class, jitter = Jitter.NONE)
        public Object call() throws Exception {
            return next();
        }

        @Backoff(retryIf = IsBusy.class, jitter = Jitter.NONE)
        public Object value() throws Exception {
            return next();
        }

        private Object next() throws Exception {
            calls++;
            Object outcome = script.remove();
            if (outcome instanceof Exception e) {
                throw e;
            }
            return outcome;
        }
    }
}
