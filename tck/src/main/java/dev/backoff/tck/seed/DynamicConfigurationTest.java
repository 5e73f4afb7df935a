package dev.backoff.tck.seed;

import dev.backoff.Backoff;
import dev.backoff.BackoffLimits;
import dev.backoff.event.GiveupEvent;
import dev.backoff.spi.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
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
 * The config object is a {@link BackoffLimits} bean; its values are read once at the start of every call (Python
 * semantics 4.2). Default (full) jitter.
 */
@Spec("seed: Dynamic Configuration")
@Deploy({DynamicConfigurationTest.Configurable.class, DynamicConfigurationTest.RetryConfig.class, EventLog.class})
class DynamicConfigurationTest {

    @Inject
    Configurable configurable;

    @Inject
    RetryConfig config;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    @ApplicationScoped
    public static class RetryConfig implements BackoffLimits {
        private volatile Duration maxTime = Duration.ofSeconds(60);
        private volatile int maxTries = 5;
        private final AtomicInteger maxTriesReads = new AtomicInteger();
        private final AtomicInteger maxTimeReads = new AtomicInteger();

        @Override
        public int maxTries() {
            maxTriesReads.incrementAndGet();
            return maxTries;
        }

        @Override
        public Duration maxTime() {
            maxTimeReads.incrementAndGet();
            return maxTime;
        }

        public void setMaxTries(int maxTries) {
            this.maxTries = maxTries;
        }

        public void setMaxTime(Duration maxTime) {
            this.maxTime = maxTime;
        }

        public int maxTriesReads() {
            return maxTriesReads.get();
        }

        public int maxTimeReads() {
            return maxTimeReads.get();
        }
    }

    @ApplicationScoped
    public static class Configurable {
        private final Script<Void, Exception> script = new Script<>();

        public Script<Void, Exception> script() {
            return script;
        }

        @Backoff(limits = RetryConfig.class)
        public void configurableRetry() throws Exception {
            script.next();
        }
    }

    private static Exception failure(int n) {
        return new Exception("failure " + n);
    }

    @Test
    void theInitialConfigAllowsFiveTries() {
        configurable.script().thenAlwaysThrow(DynamicConfigurationTest::failure);

        Throwable thrown = catchThrowable(configurable::configurableRetry);

        assertThat(thrown).isSameAs(configurable.script().outcome(5));
        assertThat(configurable.script().calls()).isEqualTo(5);
        assertFullJitter(time.waits(), 1, 2, 4, 8);
    }

    @Test
    void aChangeMadeBetweenCallsAppliesToTheNextCall() {
        configurable.script().thenAlwaysThrow(DynamicConfigurationTest::failure);

        catchThrowable(configurable::configurableRetry);
        config.setMaxTries(2);
        catchThrowable(configurable::configurableRetry);

        assertThat(events.giveups()).extracting(GiveupEvent::tries).containsExactly(5, 2);
        assertThat(configurable.script().calls()).isEqualTo(7);
    }

    @Test
    void raisingMaxTimeToTwoMinutesWithNoTryLimit() {
        configurable.script().thenAlwaysThrow(DynamicConfigurationTest::failure);
        config.setMaxTries(0);
        config.setMaxTime(Duration.ofSeconds(120));

        Throwable thrown = catchThrowable(configurable::configurableRetry);

        assertThat(thrown).isSameAs(configurable.script().lastOutcome());
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(120));
        assertThat(events.giveups()).singleElement().satisfies(g -> {
            assertThat(g.elapsed()).isEqualTo(Duration.ofSeconds(120));
            assertThat(g.tries()).isEqualTo(configurable.script().calls()).isGreaterThan(5);
        });
    }

    @Test
    void theConfigIsReadOnceAtTheStartOfEachCallNotOnEveryTry() {
        // during the first call, its second try lowers the limit to 2: that call still gets its 5 tries
        configurable.script()
                .thenThrow(DynamicConfigurationTest::failure)
                .thenThrow(n -> {
                    config.setMaxTries(2);
                    return failure(n);
                })
                .thenAlwaysThrow(DynamicConfigurationTest::failure);

        catchThrowable(configurable::configurableRetry);
        assertThat(configurable.script().calls()).isEqualTo(5);
        assertThat(config.maxTriesReads()).isEqualTo(1);
        assertThat(config.maxTimeReads()).isEqualTo(1);

        catchThrowable(configurable::configurableRetry);
        assertThat(configurable.script().calls()).isEqualTo(7);
        assertThat(config.maxTriesReads()).isEqualTo(2);
        assertThat(config.maxTimeReads()).isEqualTo(2);
    }

    @Test
    void aNegativeLimitFailsTheCallBeforeItsFirstTry() {
        configurable.script().thenAlwaysThrow(DynamicConfigurationTest::failure);
        config.setMaxTries(-1);

        Throwable thrown = catchThrowable(configurable::configurableRetry);

        assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining("maxTries()")
                .hasMessageContaining("-1");
        assertThat(configurable.script().calls()).isZero();
    }
}
