package dev.backoff.docs.python.breaker;

import dev.backoff.docs.fakes.ConnectionError;
import dev.backoff.docs.fakes.HttpClient;
import dev.backoff.docs.fakes.Response;
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
class CircuitBreakerDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(ProtectedApi.class, CircuitBreaker.class, CheckCircuit.class,
            HttpClient.class);

    @Inject
    ProtectedApi api;

    @Inject
    HttpClient http;

    @Inject
    VirtualTime time;

    @Test
    void fiveFailuresOpenTheBreakerWhichFailsFastUntilItsTimeoutHasPassed() throws Exception {
        Response ok = Response.status(200);
        http.script().thenThrow(5, n -> new ConnectionError("refused #" + n)).thenReturn(ok);

        assertThat(catchThrowable(() -> api.protectedApiCall("/prices"))).isSameAs(http.script().outcome(5));
        assertThat(catchThrowable(() -> api.protectedApiCall("/prices"))).isInstanceOf(CircuitOpenException.class);
        assertThat(http.calls()).isEqualTo(5);

        time.advance(Duration.ofSeconds(61));
        assertThat(api.protectedApiCall("/prices")).isSameAs(ok);
    }
}
