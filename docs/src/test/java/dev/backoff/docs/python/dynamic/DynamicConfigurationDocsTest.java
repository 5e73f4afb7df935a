package dev.backoff.docs.python.dynamic;

import dev.backoff.docs.fakes.Work;
import dev.backoff.spi.VirtualTime;
import dev.backoff.testing.BackoffWeld;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@EnableWeld
class DynamicConfigurationDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(Configurable.class, RetryConfig.class, Work.class);

    @Inject
    Configurable configurable;

    @Inject
    RetryConfig config;

    @Inject
    Work work;

    @Inject
    VirtualTime time;

    @Test
    void aChangeAppliesFromTheNextCall() {
        work.script().thenAlwaysThrow(n -> new Exception("failure " + n));

        catchThrowable(configurable::configurableRetry);
        assertThat(work.runs()).isEqualTo(5);

        // example
        config.setMaxTries(0);          // no limit of tries...
        config.setMaxTime(Duration.ofSeconds(120)); // ...but two minutes
        Duration before = time.now();
        catchThrowable(configurable::configurableRetry);
        assertThat(time.now().minus(before)).isEqualTo(Duration.ofSeconds(120));
    }
}
