package dev.backoff.docs.guide.events;

import dev.backoff.docs.Docs;
import dev.backoff.tck.seed.fakes.Work;
import dev.backoff.tck.support.LogCapture;
import dev.backoff.docs.BackoffWeld;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@EnableWeld
class EventsDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(Inventory.class, RetryAlerts.class, Work.class);

    @Inject
    Inventory inventory;

    @Inject
    RetryAlerts alerts;

    @Inject
    Work work;

    @Test
    void anObserverHearsTheGiveUp() {
        work.script().thenAlwaysThrow(n -> new IOException("disk " + n));

        assertThatThrownBy(() -> inventory.count("apples")).isSameAs(work.script().lastOutcome());

        assertThat(alerts.alerts()).containsExactly(
                "inventory: count gave up after 3 tries and 3s: java.io.IOException: disk 3");
    }

    @Test
    void theLogLinesAreTheOnesTheGuideShows() {
        work.script().thenAlwaysThrow(n -> new IOException("disk " + n));
        List<String> lines = new ArrayList<>();
        try (LogCapture log = new LogCapture()) {
            assertThatThrownBy(() -> inventory.count("apples")).isSameAs(work.script().lastOutcome());
            log.messages(Level.INFO).forEach(m -> lines.add("INFO: " + m));
            log.messages(Level.WARNING).forEach(m -> lines.add("WARNING: " + m));
        }

        assertThat(String.join("\n", lines)).isEqualTo(Docs.block("log-lines"));
    }
}
