package dev.backoff.demo;

import dev.backoff.demo.shapes.Ledger;
import dev.backoff.demo.shapes.RetriedUpstream;
import dev.backoff.testing.VirtualTime;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/** The real-world shapes that only a real Quarkus application has: a REST client, a JTA transaction, H2. */
@QuarkusTest
@TestProfile(VirtualTimeProfile.class)
class RealWorldShapesTest {

    @Inject
    @RestClient
    RetriedUpstream upstream;

    @Inject
    Ledger ledger;

    @Inject
    VirtualTime time;

    @Test
    void backoffOnARestClientInterfaceMethodRetriesTheClientCall() {
        int waitsBefore = time.waits().size();

        assertThat(upstream.flaky("rest-client-1", 2).call()).isEqualTo(3);

        assertThat(Runs.upstreamCalls("flaky", "rest-client-1")).isEqualTo(3);
        assertThat(time.waits().subList(waitsBefore, time.waits().size()))
                .containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
    }

    @Test
    void aTransactionLeftRollbackOnlyIsNotRetried() {
        try (CapturedLog log = CapturedLog.of("dev.backoff")) {
            assertThat(ledger.openWithin(1, "carol")).startsWith("gave up:").contains("PRIMARY KEY");

            assertThat(log.messages(Level.WARNING)).singleElement().asString().contains("marked rollback-only");
        }
        assertThat(ledger.attempts()).isEqualTo(1);
    }
}
