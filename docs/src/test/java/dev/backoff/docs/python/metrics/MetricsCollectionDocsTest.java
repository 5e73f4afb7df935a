package dev.backoff.docs.python.metrics;

import dev.backoff.docs.fakes.Work;
import dev.backoff.testing.BackoffWeld;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@EnableWeld
class MetricsCollectionDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(Monitored.class, RetryMetrics.class, Work.class);

    @Inject
    Monitored monitored;

    @Inject
    RetryMetrics metrics;

    @Inject
    Work work;

    @Test
    void theInjectedListenerBeanCountsEveryRetryAndGiveUp() throws Exception {
        work.script().thenThrow(n -> new Exception("once")).thenReturn(null) // call 1: one retry
                .thenThrow(3, n -> new Exception("always " + n));           // call 2: two retries, then it gives up

        monitored.monitoredFunction();
        assertThat(catchThrowable(monitored::monitoredFunction)).hasMessage("always 5");

        assertThat(metrics.totalRetries()).isEqualTo(3);
        assertThat(metrics.giveups()).isEqualTo(1);
    }
}
