package dev.backoff.tck.annotation;

import dev.backoff.Backoff;
import dev.backoff.BackoffLimits;
import dev.backoff.BackoffListener;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import dev.backoff.WaitFunction;
import dev.backoff.event.BackoffEvent;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.testing.VirtualTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC 1.2: the beans that class-valued members name may inject beans that have {@code @Backoff} themselves,
 * application-scoped or dependent: they are made while the policies are resolved, and their own retries work.
 */
@Spec("1.2")
@Deploy({MemberBeansTest.Api.class, MemberBeansTest.Audit.class, MemberBeansTest.Rules.class,
        MemberBeansTest.AuditingListener.class, MemberBeansTest.RuledGiveup.class, MemberBeansTest.RuledWait.class,
        MemberBeansTest.RuledLimits.class})
class MemberBeansTest {

    static final List<String> AUDITED = new CopyOnWriteArrayList<>();

    @Inject
    Api api;

    @Inject
    VirtualTime time;

    @BeforeEach
    void reset() {
        AUDITED.clear();
    }

    @Test
    void aListenerCallsAnApplicationScopedBeanThatRetriesOnItsOwn() {
        assertThatThrownBy(api::audited).hasMessage("down 2");

        assertThat(AUDITED).as("each record fails once, then is retried by the audit's own policy")
                .containsExactly("failed to record try 1", "recorded try 1");
    }

    @Test
    void predicatesWaitFunctionsAndLimitsCallDependentBeansThatRetryOnTheirOwn() {
        assertThatThrownBy(api::ruled).hasMessage("down 3");

        Duration rulesRetry = Duration.ofMillis(1);
        Duration ruledWait = Duration.ofSeconds(7);
        assertThat(time.waits()).as("the rules' own retries, for the limits, then each try's giveup and wait")
                .containsExactly(rulesRetry, rulesRetry, rulesRetry, ruledWait, rulesRetry, rulesRetry, ruledWait,
                        rulesRetry);
    }

    @ApplicationScoped
    public static class Audit {
        private int attempts;

        @Backoff(on = IllegalStateException.class, strategy = Wait.CONSTANT, interval = 1,
                unit = java.time.temporal.ChronoUnit.MILLIS, jitter = Jitter.NONE)
        public void record(String what) {
            if (++attempts % 2 == 1) {
                AUDITED.add("failed to record " + what);
                throw new IllegalStateException("audit store busy");
            }
            AUDITED.add("recorded " + what);
        }
    }

    /** Dependent, so a new instance, with its own interceptor instance, is made for each member bean. */
    @Dependent
    public static class Rules {
        private int attempts;

        @Backoff(on = IllegalStateException.class, strategy = Wait.CONSTANT, interval = 1,
                unit = java.time.temporal.ChronoUnit.MILLIS, jitter = Jitter.NONE)
        public int value(int value) {
            if (++attempts % 2 == 1) {
                throw new IllegalStateException("rules not loaded yet");
            }
            return value;
        }
    }

    @ApplicationScoped
    public static class AuditingListener implements BackoffListener {
        @Inject
        Audit audit;

        @Override
        public void onBackoff(BackoffEvent e) {
            audit.record("try " + e.tries());
        }
    }

    @Dependent
    public static class RuledGiveup implements Predicate<Exception> {
        @Inject
        Rules rules;

        @Override
        public boolean test(Exception e) {
            return rules.value(0) != 0;
        }
    }

    @Dependent
    public static class RuledWait implements WaitFunction {
        @Inject
        Rules rules;

        @Override
        public Duration waitFor(Object outcome) {
            return Duration.ofSeconds(rules.value(7));
        }
    }

    @Dependent
    public static class RuledLimits implements BackoffLimits {
        @Inject
        Rules rules;

        @Override
        public int maxTries() {
            return rules.value(3);
        }
    }

    @ApplicationScoped
    public static class Api {
        private int audited;
        private int ruled;

        @Backoff(on = IOException.class, maxTries = 2, jitter = Jitter.NONE, listeners = AuditingListener.class)
        public String audited() throws IOException {
            throw new IOException("down " + ++audited);
        }

        @Backoff(on = IOException.class, strategy = Wait.RUNTIME, waitFrom = RuledWait.class,
                giveup = RuledGiveup.class, limits = RuledLimits.class, jitter = Jitter.NONE)
        public String ruled() throws IOException {
            throw new IOException("down " + ++ruled);
        }
    }
}
