package dev.backoff.docs.python.resource;

import dev.backoff.spi.VirtualTime;
import dev.backoff.testing.BackoffWeld;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@EnableWeld
class WaitForResourceDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(ResourceWaiter.class, Resources.class);

    @Inject
    ResourceWaiter waiter;

    @Inject
    Resources resources;

    @Inject
    VirtualTime time;

    @Test
    void waitsWhileTheResourceIsMissingOrNotReady() {
        Resource ready = new Resource("bucket-1", true);
        resources.script().thenThrow(2, n -> new ResourceNotFound("bucket-1"))
                .thenReturn(new Resource("bucket-1", false)).thenReturn(ready);

        assertThat(waiter.waitForResource("bucket-1")).containsSame(ready);
        assertThat(time.waits()).hasSize(3);
    }

    @Test
    void afterFiveMinutesReturnsEmpty() {
        resources.script().thenAlwaysReturn(n -> new Resource("bucket-2", false));

        assertThat(waiter.waitForResource("bucket-2")).isEmpty();
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(300));
        assertThat(time.waits()).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(Duration.ofSeconds(30)));
    }
}
