package dev.backoff.tck.containers;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import org.junit.jupiter.api.Test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC 7.2: the interceptor's priority is exactly {@code PLATFORM_BEFORE + 100}: an interceptor one below it runs
 * around the whole call, one above it around each attempt; so it runs outside {@code @Transactional}
 * (PLATFORM_BEFORE + 200), and each retry runs in a fresh transaction. A stand-in transaction interceptor at that
 * priority records begin and rollback.
 */
@Spec("7.2")
@Deploy({InterceptorOrderTest.Ledger.class, InterceptorOrderTest.FakeTransactionInterceptor.class,
        InterceptorOrderTest.Below.class, InterceptorOrderTest.Above.class, InterceptorOrderTest.Pinned.class})
class InterceptorOrderTest {

    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @Inject
    Ledger ledger;

    @Inject
    Pinned pinned;

    @Test
    void thePriorityIsPlatformBeforePlusOneHundredExactly() {
        SEEN.clear();

        assertThat(pinned.call()).isEqualTo("ok after 3");

        assertThat(SEEN).containsExactly("+99 before", "+101 attempt", "+101 attempt", "+101 attempt", "+99 after");
    }

    @Test
    void everyRetryRunsInAFreshTransaction() {
        FakeTransactionInterceptor.LOG.clear();
        FakeTransactionInterceptor.transactions = 0;

        assertThat(ledger.transfer()).isEqualTo("committed in tx 3");

        assertThat(FakeTransactionInterceptor.LOG).containsExactly(
                "begin 1", "rollback 1", "begin 2", "rollback 2", "begin 3", "commit 3");
    }

    @InterceptorBinding
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface FakeTransactional {
    }

    @FakeTransactional
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
    public static class FakeTransactionInterceptor {
        static final List<String> LOG = new ArrayList<>();
        static int transactions;
        static int current;

        @AroundInvoke
        Object inTransaction(InvocationContext context) throws Exception {
            current = ++transactions;
            LOG.add("begin " + current);
            try {
                Object result = context.proceed();
                LOG.add("commit " + current);
                return result;
            } catch (Exception e) {
                LOG.add("rollback " + current);
                throw e;
            }
        }
    }

    @InterceptorBinding
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface JustBelow {
    }

    @InterceptorBinding
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface JustAbove {
    }

    /** Priorities run in ascending order: this one before the library's, around every retry of the call. */
    @JustBelow
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 99)
    public static class Below {
        @AroundInvoke
        Object around(InvocationContext context) throws Exception {
            SEEN.add("+99 before");
            try {
                return context.proceed();
            } finally {
                SEEN.add("+99 after");
            }
        }
    }

    /** This one after the library's: inside the retry loop, around each attempt. */
    @JustAbove
    @Interceptor
    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 101)
    public static class Above {
        @AroundInvoke
        Object around(InvocationContext context) throws Exception {
            SEEN.add("+101 attempt");
            return context.proceed();
        }
    }

    @ApplicationScoped
    public static class Pinned {
        private int attempts;

        @JustBelow
        @Backoff(on = IllegalStateException.class, maxTries = 5, jitter = Jitter.NONE)
        @JustAbove
        public String call() {
            if (++attempts < 3) {
                throw new IllegalStateException("attempt " + attempts);
            }
            return "ok after " + attempts;
        }
    }

    @ApplicationScoped
    public static class Ledger {
        private int attempts;

        @Backoff(on = IllegalStateException.class, maxTries = 5, jitter = Jitter.NONE)
        @FakeTransactional
        public String transfer() {
            if (++attempts < 3) {
                throw new IllegalStateException("deadlock in tx " + FakeTransactionInterceptor.current);
            }
            return "committed in tx " + FakeTransactionInterceptor.current;
        }
    }
}
