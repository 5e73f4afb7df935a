package dev.backoff.tck.seed;

import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.seed.fakes.Work;
import dev.backoff.tck.seed.metrics.Monitored;
import dev.backoff.tck.seed.metrics.RetryMetrics;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

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
 * As {@link Monitored}: the metrics dict becomes an application-scoped listener bean, {@link RetryMetrics}, that the
 * rest of the application can inject (SPEC 1.2: the listener is that bean, not a copy). {@code on} is left out: it
 * then means {@code Exception}.
 */
@Spec("seed: Metrics Collection")
@Deploy({Monitored.class, RetryMetrics.class, Work.class})
class MetricsCollectionTest {

    @Inject
    Monitored monitored;

    @Inject
    RetryMetrics metrics;

    @Inject
    Work work;

    @Inject
    VirtualTime time;

    private static Exception failure(int n) {
        return new Exception("failure " + n);
    }

    @Test
    @Spec({"seed: Metrics Collection", "1.2"})
    void countsEveryRetryAndEveryGiveUpOverManyCalls() throws Exception {
        work.script()
                .thenReturn(null)                           // call 1: at once
                .thenThrow(n -> failure(n)).thenReturn(null) // call 2: one retry
                .thenThrow(3, n -> failure(n))               // call 3: two retries, then it gives up
                .thenThrow(2, n -> failure(n)).thenReturn(null); // call 4: two retries

        monitored.monitoredFunction();
        monitored.monitoredFunction();
        Throwable thrown = catchThrowable(monitored::monitoredFunction);
        monitored.monitoredFunction();

        assertThat(thrown).isSameAs(work.script().outcome(6));
        assertThat(metrics.totalRetries()).isEqualTo(5);
        assertThat(metrics.giveups()).isEqualTo(1);
        assertThat(work.script().calls()).isEqualTo(9);
        assertFullJitter(time.waits(), 1, 1, 2, 1, 2);
    }

    @Test
    void anErrorIsNotAnExceptionAndIsNeitherRetriedNorCounted() {
        AssertionError bug = new AssertionError("invariant broken");
        work.script().thenAlwaysReturn(n -> {
            throw bug;
        });

        assertThat(catchThrowable(monitored::monitoredFunction)).isSameAs(bug);

        assertThat(work.script().calls()).isEqualTo(1);
        assertThat(metrics.totalRetries()).isZero();
        assertThat(metrics.giveups()).isZero();
        assertThat(time.waits()).isEmpty();
    }
}
