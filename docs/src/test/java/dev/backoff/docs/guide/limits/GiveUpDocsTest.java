package dev.backoff.docs.guide.limits;

import dev.backoff.docs.BackoffWeld;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

@EnableWeld
class GiveUpDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(Health.class, Network.class);

    @Inject
    Health health;

    @Inject
    Network network;

    @Test
    void anExceptionGiveUpReturnsFalseForABoolean() throws IOException {
        network.script().thenAlwaysThrow(n -> new IOException("unreachable"));

        assertThat(health.ping("db")).isFalse();
        assertThat(network.script().calls()).isEqualTo(3);
    }
}
