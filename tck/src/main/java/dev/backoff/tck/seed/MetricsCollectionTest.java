package dev.backoff.tck.seed;

import dev.backoff.Backoff;
import dev.backoff.BackoffListener;
import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.spi.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static dev.backoff.tck.seed.WaitAssertions.assertFullJitter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Seed example "Metrics Collection":
 * <pre>
 * retry_metrics = {'total_retries': 0, 'giveups': 0}
 *
 * def count_retry(details):
 *     retry_metrics['total_retries'] += 1
 *
 * def count_giveup(details):
 *     retry_metrics['giveups'] += 1
 *
 * &#64;backoff.on_exception(backoff.expo, Exception, on_backoff=count_retry, on_giveup=count_giveup, max_tries=3)
 * def monitored_function():
 *     pass
 * </pre>
 * The metrics dict becomes an application-scoped listener bean that the rest of the application can inject (SPEC
 * 1.2: the listener is that bean, not a copy). {@code on} is left out: it then means {@code Exception}.
 */
@Spec("seed: Metrics Collection")
@Deploy({MetricsCollectionTest.Monitored.class, MetricsCollectionTest.RetryMetrics.class})
class MetricsCollectionTest {

    @Inject
    Monitored monitored;

    @Inject
    RetryMetrics metrics;

    @Inject
    VirtualTime time;

    @ApplicationScoped
    public static class RetryMetrics implements BackoffListener {
        private final AtomicInteger totalRetries = new AtomicInteger();
        private final AtomicInteger giveups = new AtomicInteger();

        @Override
        public void onBackoff(BackoffEvent event) {
            totalRetries.incrementAndGet();
        }

        @Override
        public void onGiveup(GiveupEvent event) {
            giveups.incrementAndGet();
        }

        public int totalRetries() {
            return totalRetries.get();
        }

        public int giveups() {
            return giveups.get();
        }
    }

    @ApplicationScoped
    public static class Monitored {
        private final Script<Void, Exception> script = new Script<>();

        public Script<Void, Exception> script() {
            return script;
        }

        @Backoff(listeners = RetryMetrics.class, maxTries = 3)
        public void monitoredFunction() throws Exception {
            script.next();
        }
    }

    private static Exception failure(int n) {
        return new Exception("failure " + n);
    }

    @Test
    void countsEveryRetryAndEveryGiveUpOverManyCalls() throws Exception {
        monitored.script()
                .thenReturn(null)                           // call 1: at once
                .thenThrow(n -> failure(n)).thenReturn(null) // call 2: one retry
                .thenThrow(3, n -> failure(n))               // call 3: two retries, then it gives up
                .thenThrow(2, n -> failure(n)).thenReturn(null); // call 4: two retries

        monitored.monitoredFunction();
        monitored.monitoredFunction();
        Throwable thrown = catchThrowable(monitored::monitoredFunction);
        monitored.monitoredFunction();

        assertThat(thrown).isSameAs(monitored.script().outcome(6));
        assertThat(metrics.totalRetries()).isEqualTo(5);
        assertThat(metrics.giveups()).isEqualTo(1);
        assertThat(monitored.script().calls()).isEqualTo(9);
        assertFullJitter(time.waits(), 1, 1, 2, 1, 2);
    }

    @Test
    void anErrorIsNotAnExceptionAndIsNeitherRetriedNorCounted() {
        AssertionError bug = new AssertionError("invariant broken");
        monitored.script().thenAlwaysReturn(n -> {
            throw bug;
        });

        assertThat(catchThrowable(monitored::monitoredFunction)).isSameAs(bug);

        assertThat(monitored.script().calls()).isEqualTo(1);
        assertThat(metrics.totalRetries()).isZero();
        assertThat(metrics.giveups()).isZero();
        assertThat(time.waits()).isEmpty();
    }
}
