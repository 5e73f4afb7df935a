package dev.backoff.docs.guide.spi;

import dev.backoff.spi.BackoffScheduler;
import dev.backoff.docs.BackoffWeld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class SchedulerDocsTest {

    @Test
    void anAlternativeSchedulerRunsTheRetries() throws Exception {
        try (WeldContainer container = BackoffWeld.startRealTime(Poller.class, ExecutorScheduler.class)) {
            Poller poller = container.select(Poller.class).get();

            assertThat(poller.poll().toCompletableFuture().get(10, TimeUnit.SECONDS)).isEqualTo("ok");

            assertThat(container.select(BackoffScheduler.class).get()).isInstanceOf(ExecutorScheduler.class);
            assertThat(poller.threads()).hasSize(3);
            // an attempt can also run on a thread still busy with the call's previous attempt when its wait ends
            assertThat(poller.threads()).contains("retries");
        }
    }
}
