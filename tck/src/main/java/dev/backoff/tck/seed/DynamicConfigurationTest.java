package dev.backoff.tck.seed;

import dev.backoff.BackoffLimits;
import dev.backoff.event.GiveupEvent;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.seed.dynamic.Configurable;
import dev.backoff.tck.seed.dynamic.RetryConfig;
import dev.backoff.tck.seed.fakes.Work;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.backoff.tck.seed.WaitAssertions.assertFullJitter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Seed example "Dynamic Configuration":
 * <pre>
 * class RetryConfig:
 *     def __init__(self):
 *         self.max_time = 60
 *         self.max_tries = 5
 *     def get_max_time(self): return self.max_time
 *     def get_max_tries(self): return self.max_tries
 *
 * config = RetryConfig()
 *
 * &#64;backoff.on_exception(backoff.expo, Exception,
 *                       max_time=lambda: config.get_max_time(), max_tries=lambda: config.get_max_tries())
 * def configurable_retry():
 *     pass
 *
 * # Can update config at runtime
 * config.max_time = 120
 * </pre>
 * As {@link Configurable}: the config object is a {@link BackoffLimits} bean, {@link RetryConfig}; its values are read
 * once at the start of every call (Python semantics 4.2). The test deploys a subclass that counts the reads in its
 * place. Default (full) jitter.
 */
@Spec("seed: Dynamic Configuration")
@Deploy({Configurable.class, DynamicConfigurationTest.CountingRetryConfig.class, Work.class, EventLog.class})
class DynamicConfigurationTest {

    @Inject
    Configurable configurable;

    @Inject
    CountingRetryConfig config;

    @Inject
    Work work;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    /** The example's {@link RetryConfig}, counting how often each limit is read. Deployed in its place. */
    @ApplicationScoped
    public static class CountingRetryConfig extends RetryConfig {
        private final AtomicInteger maxTriesReads = new AtomicInteger();
        private final AtomicInteger maxTimeReads = new AtomicInteger();

        @Override
        public int maxTries() {
            maxTriesReads.incrementAndGet();
            return super.maxTries();
        }

        @Override
        public Duration maxTime() {
            maxTimeReads.incrementAndGet();
            return super.maxTime();
        }

        public int maxTriesReads() {
            return maxTriesReads.get();
        }

        public int maxTimeReads() {
            return maxTimeReads.get();
        }
    }

    private static Exception failure(int n) {
        return new Exception("failure " + n);
    }

    @Test
    void theInitialConfigAllowsFiveTries() {
        work.script().thenAlwaysThrow(DynamicConfigurationTest::failure);

        Throwable thrown = catchThrowable(configurable::configurableRetry);

        assertThat(thrown).isSameAs(work.script().outcome(5));
        assertThat(work.script().calls()).isEqualTo(5);
        assertFullJitter(time.waits(), 1, 2, 4, 8);
    }

    @Test
    void aChangeMadeBetweenCallsAppliesToTheNextCall() {
        work.script().thenAlwaysThrow(DynamicConfigurationTest::failure);

        catchThrowable(configurable::configurableRetry);
        config.setMaxTries(2);
        catchThrowable(configurable::configurableRetry);

        assertThat(events.giveups()).extracting(GiveupEvent::tries).containsExactly(5, 2);
        assertThat(work.script().calls()).isEqualTo(7);
    }

    @Test
    void raisingMaxTimeToTwoMinutesWithNoTryLimit() {
        work.script().thenAlwaysThrow(DynamicConfigurationTest::failure);
        config.setMaxTries(0);
        config.setMaxTime(Duration.ofSeconds(120));

        Throwable thrown = catchThrowable(configurable::configurableRetry);

        assertThat(thrown).isSameAs(work.script().lastOutcome());
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(120));
        assertThat(events.giveups()).singleElement().satisfies(g -> {
            assertThat(g.elapsed()).isEqualTo(Duration.ofSeconds(120));
            assertThat(g.tries()).isEqualTo(work.script().calls()).isGreaterThan(5);
        });
    }

    @Test
    void theConfigIsReadOnceAtTheStartOfEachCallNotOnEveryTry() {
        // during the first call, its second try lowers the limit to 2: that call still gets its 5 tries
        work.script()
                .thenThrow(DynamicConfigurationTest::failure)
                .thenThrow(n -> {
                    config.setMaxTries(2);
                    return failure(n);
                })
                .thenAlwaysThrow(DynamicConfigurationTest::failure);

        catchThrowable(configurable::configurableRetry);
        assertThat(work.script().calls()).isEqualTo(5);
        assertThat(config.maxTriesReads()).isEqualTo(1);
        assertThat(config.maxTimeReads()).isEqualTo(1);

        catchThrowable(configurable::configurableRetry);
        assertThat(work.script().calls()).isEqualTo(7);
        assertThat(config.maxTriesReads()).isEqualTo(2);
        assertThat(config.maxTimeReads()).isEqualTo(2);
    }

    @Test
    void aNegativeLimitFailsTheCallBeforeItsFirstTry() {
        work.script().thenAlwaysThrow(DynamicConfigurationTest::failure);
        config.setMaxTries(-1);

        Throwable thrown = catchThrowable(configurable::configurableRetry);

        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining("maxTries()")
                .hasMessageContaining("-1");
        assertThat(work.script().calls()).isZero();
    }
}
