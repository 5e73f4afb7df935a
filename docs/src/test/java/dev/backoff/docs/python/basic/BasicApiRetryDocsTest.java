package dev.backoff.docs.python.basic;

import dev.backoff.docs.fakes.ConnectionError;
import dev.backoff.docs.fakes.HttpClient;
import dev.backoff.docs.fakes.Response;
import dev.backoff.docs.fakes.Timeout;
import dev.backoff.spi.VirtualTime;
import dev.backoff.testing.BackoffWeld;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@EnableWeld
class BasicApiRetryDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(DataClient.class, HttpClient.class);

    @Inject
    DataClient client;

    @Inject
    HttpClient http;

    @Inject
    VirtualTime time;

    @Test
    void retriesEveryRequestFailureUntilTheDataArrives() throws Exception {
        Map<String, Object> data = Map.of("id", 7);
        http.script().thenThrow(n -> new ConnectionError("refused")).thenThrow(n -> new Timeout("read timed out"))
                .thenReturn(Response.status(503)).thenReturn(Response.ok(data));

        assertThat(client.fetchData("https://api.example.com/data")).isSameAs(data);
        assertThat(time.waits()).hasSize(3);
    }

    @Test
    void givesUpAtSixtySecondsWithTheLastException() {
        http.script().thenAlwaysThrow(n -> new ConnectionError("refused #" + n));

        assertThat(catchThrowable(() -> client.fetchData("https://api.example.com/data")))
                .isSameAs(http.script().lastOutcome());
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(60));
    }
}
