package dev.backoff.docs.start;

import jakarta.inject.Inject;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

// region test
@EnableWeld
class OrderClientTest {

    // Discovery on, as in the application: it finds the application's beans (its META-INF/beans.xml) and the
    // backoff-cdi extension. The test adds only its own beans, which no beans.xml declares.
    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(new Weld().addBeanClass(TestTime.class)).build();

    @Inject
    OrderClient client;

    @Inject
    OrderApi api;

    @Inject
    TestTime time;

    @Test
    void retriesUntilTheOrderArrives() throws IOException {
        Order order = new Order("o-1", "shipped");
        api.script().thenThrow(2, n -> new IOException("connection refused")).thenReturn(order);

        assertThat(client.fetch("o-1")).isSameAs(order);

        // two waits, each of full jitter: uniform in [0, 1 s), then in [0, 2 s); no real time passed
        assertThat(time.waits()).hasSize(2);
        assertThat(time.waits().get(0)).isGreaterThanOrEqualTo(Duration.ZERO).isLessThan(Duration.ofSeconds(1));
        assertThat(time.waits().get(1)).isGreaterThanOrEqualTo(Duration.ZERO).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void givesUpAfterSixtySecondsWithTheLastException() {
        api.script().thenAlwaysThrow(n -> new IOException("connection refused #" + n));

        Throwable thrown = catchThrowable(() -> client.fetch("o-2"));

        assertThat(thrown).isSameAs(api.script().lastOutcome());
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(60));
    }
}
// endregion
