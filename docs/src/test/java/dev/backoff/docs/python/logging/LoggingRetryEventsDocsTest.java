package dev.backoff.docs.python.logging;

import dev.backoff.docs.fakes.Work;
import dev.backoff.testing.BackoffWeld;
import dev.backoff.tck.support.LogCapture;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@EnableWeld
class LoggingRetryEventsDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(Flaky.class, Work.class);

    @Inject
    Flaky flaky;

    @Inject
    Work work;

    final LogCapture log = new LogCapture();

    @AfterEach
    void closeLog() {
        log.close();
    }

    @Test
    void theListenerLogsEachBackoffAndTheGiveUp() {
        work.script().thenAlwaysThrow(n -> new IllegalStateException("flaky " + n));

        assertThat(catchThrowable(flaky::flakyFunction)).isSameAs(work.script().outcome(5));

        assertThat(log.messages(Level.WARNING)).filteredOn(m -> m.startsWith("Backing off")).hasSize(4)
                .allMatch(m -> m.matches("Backing off \\d\\.\\ds after [1-4] tries calling flakyFunction"));
        assertThat(log.messages(Level.SEVERE)).singleElement().asString()
                .matches("Giving up after 5 tries and \\d+\\.\\ds");
    }
}
