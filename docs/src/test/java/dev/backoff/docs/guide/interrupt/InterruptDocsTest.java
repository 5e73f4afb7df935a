package dev.backoff.docs.guide.interrupt;

import dev.backoff.tck.seed.fakes.Work;
import dev.backoff.docs.BackoffWeld;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

@EnableWeld
class InterruptDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(Fetcher.class, Work.class);

    @Inject
    Fetcher fetcher;

    @Inject
    Work work;

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void anInterruptEndsTheCallWithTheLastFailure() throws Exception {
        work.script().thenThrow(n -> {
            Thread.currentThread().interrupt(); // someone interrupts the thread while the first try runs
            return new IOException("refused");
        });
        IOException lastFailure = null;
        boolean interrupted = false;

        // region caller
        try {
            fetcher.fetch();
        } catch (IOException e) {
            // an interrupt ends the call at once: e is the last failure, and the thread is still interrupted
            interrupted = Thread.currentThread().isInterrupted();
            lastFailure = e;
        }
        // endregion

        assertThat(interrupted).isTrue();
        assertThat(lastFailure).isSameAs(work.script().outcome(1));
        assertThat(work.runs()).isEqualTo(1);
    }
}
