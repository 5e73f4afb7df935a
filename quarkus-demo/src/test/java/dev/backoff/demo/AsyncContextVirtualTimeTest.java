package dev.backoff.demo;

import dev.backoff.demo.context.Attempt;
import dev.backoff.demo.context.ContextProbeResource.Report;
import dev.backoff.testing.VirtualTime;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.backoff.demo.ProbeRequests.get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC 3.8 and 7.3 on Quarkus: a scheduler the application chose, here {@code VirtualTime}, times every wait of a call
 * that a REST request starts on its event loop; no Vert.x timer bypasses it.
 */
@QuarkusTest
@TestProfile(VirtualTimeProfile.class)
class AsyncContextVirtualTimeTest {

    @Inject
    VirtualTime time;

    @Test
    void aSchedulerTheApplicationChoseTimesTheWaitsOfACallStartedOnAnEventLoop() {
        int before = time.waits().size();

        Report report = get("stage", "virtual-1");

        assertThat(time.waits().subList(before, time.waits().size()))
                .containsExactly(Duration.ofMillis(2), Duration.ofMillis(4));
        assertThat(report.attempts()).hasSize(3).extracting(Attempt::mdc).containsOnly("virtual-1");
    }
}
