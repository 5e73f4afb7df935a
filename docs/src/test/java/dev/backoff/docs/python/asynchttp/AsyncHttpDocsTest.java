package dev.backoff.docs.python.asynchttp;

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
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

@EnableWeld
class AsyncHttpDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(AsyncClient.class, HttpClient.class);

    @Inject
    AsyncClient client;

    @Inject
    HttpClient http;

    @Inject
    VirtualTime time;

    @Test
    void failedStagesAreRetriedWithoutBlocking() {
        Map<String, Object> json = Map.of("ok", true);
        http.script().thenThrow(3, n -> new ConnectionError("refused")).thenReturn(Response.ok(json));

        assertThat(client.fetchAsync("https://api/a").toCompletableFuture().join()).isSameAs(json);
        assertThat(time.waits()).hasSize(3);
    }

    @Test
    void givingUpFailsTheStageWithTheLastException() {
        http.script().thenAlwaysThrow(n -> new ConnectionError("refused #" + n));

        CompletableFuture<Map<String, Object>> result = client.fetchAsync("https://api/a").toCompletableFuture();

        assertThat(result.handle((value, error) -> error).join()).isSameAs(http.script().lastOutcome());
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(60));
    }
}
