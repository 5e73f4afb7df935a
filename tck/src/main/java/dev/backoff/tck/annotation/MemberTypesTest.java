package dev.backoff.tck.annotation;

import dev.backoff.Backoff;
import dev.backoff.BackoffLimits;
import dev.backoff.BackoffListener;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import dev.backoff.WaitFunction;
import dev.backoff.event.GiveupEvent;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SPEC 1.3: the types that class-valued members name, each used the way the SPEC gives it. */
@Spec("1.3")
@Deploy(MemberTypesTest.Api.class)
class MemberTypesTest {

    static final List<String> HEARD = new CopyOnWriteArrayList<>();

    @Inject
    Api api;

    @Inject
    VirtualTime time;

    @BeforeEach
    void reset() {
        HEARD.clear();
    }

    @Test
    void aWaitFunctionGetsTheReturnedValueOrTheThrownExceptionAndGivesTheWait() throws IOException {
        assertThat(api.throttled()).isEqualTo("done");

        assertThat(HEARD).containsExactly("wait for value busy:3", "wait for IOException retry-after:5");
        assertThat(time.waits()).containsExactly(ofSeconds(3), ofSeconds(5));
    }

    @Test
    void aWaitFunctionReturningNullGivesUp() {
        assertThatThrownBy(api::refused).hasMessage("no retry-after");

        assertThat(api.calls()).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
    }

    @Test
    void backoffLimitsDefaultsMeanNoLimit() throws IOException {
        assertThat(api.unlimited()).isEqualTo("up after 8");
    }

    @Test
    void aListenerOverridesOnlyWhatItNeeds() {
        assertThatThrownBy(api::heard).hasMessage("heard");

        assertThat(HEARD).containsExactly("gave up after 2: heard");
    }

    @Test
    void predicatesGetTheExceptionForGiveupAndTheValueForRetryIf() {
        assertThat(api.judged()).isEqualTo("pending");

        assertThat(HEARD).containsExactly("retryIf pending", "retryIf pending");
    }

    @ApplicationScoped
    public static class Api {
        private final AtomicInteger calls = new AtomicInteger();

        public int calls() {
            return calls.get();
        }

        @Backoff(on = IOException.class, retryIf = Busy.class, strategy = Wait.RUNTIME, waitFrom = RetryAfter.class,
                jitter = Jitter.NONE)
        public String throttled() throws IOException {
            return switch (calls.incrementAndGet()) {
                case 1 -> "busy:3";
                case 2 -> throw new IOException("retry-after:5");
                default -> "done";
            };
        }

        @Backoff(on = IOException.class, strategy = Wait.RUNTIME, waitFrom = RetryAfter.class)
        public String refused() throws IOException {
            calls.incrementAndGet();
            throw new IOException("no retry-after");
        }

        @Backoff(on = IOException.class, limits = NoLimits.class, jitter = Jitter.NONE)
        public String unlimited() throws IOException {
            int call = calls.incrementAndGet();
            if (call < 8) {
                throw new IOException("down " + call);
            }
            return "up after " + call;
        }

        @Backoff(on = IOException.class, maxTries = 2, listeners = GiveupOnly.class)
        public String heard() throws IOException {
            throw new IOException("heard");
        }

        @Backoff(retryIf = Pending.class, giveup = NeverOnValues.class, maxTries = 2)
        public String judged() {
            return "pending";
        }
    }

    public static class Busy implements Predicate<Object> {
        @Override
        public boolean test(Object value) {
            return value instanceof String s && s.startsWith("busy");
        }
    }

    /** {@code busy:3} or {@code retry-after:5}: the seconds after the colon; nothing to read: give up. */
    public static class RetryAfter implements WaitFunction {
        @Override
        public Duration waitFor(Object outcome) {
            String text = outcome instanceof Throwable e ? e.getMessage() : String.valueOf(outcome);
            HEARD.add(outcome instanceof Throwable e ? "wait for " + e.getClass().getSimpleName() + " " + text
                    : "wait for value " + text);
            int colon = text.indexOf(':');
            return colon < 0 ? null : Duration.ofSeconds(Long.parseLong(text.substring(colon + 1)));
        }
    }

    /** Overrides no method: no limit on tries or time. */
    public static class NoLimits implements BackoffLimits {
    }

    public static class GiveupOnly implements BackoffListener {
        @Override
        public void onGiveup(GiveupEvent e) {
            HEARD.add("gave up after " + e.tries() + ": " + e.exception().getMessage());
        }
    }

    public static class Pending implements Predicate<String> {
        @Override
        public boolean test(String value) {
            HEARD.add("retryIf " + value);
            return value.equals("pending");
        }
    }

    /** Never consulted here: {@code giveup} sees exceptions only, and this method fails by its value. */
    public static class NeverOnValues implements Predicate<Throwable> {
        @Override
        public boolean test(Throwable e) {
            HEARD.add("giveup " + e);
            return true;
        }
    }
}
