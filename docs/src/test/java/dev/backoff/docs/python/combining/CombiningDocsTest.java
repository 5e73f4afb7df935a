package dev.backoff.docs.python.combining;

import dev.backoff.docs.fakes.HttpClient;
import dev.backoff.docs.fakes.HttpError;
import dev.backoff.docs.fakes.Response;
import dev.backoff.docs.fakes.Timeout;
import dev.backoff.tck.seed.EventLog;
import dev.backoff.testing.BackoffWeld;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@EnableWeld
class CombiningDocsTest {

    private static final Map<String, Object> READY = Map.of("ready", true);

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(ReportClient.class, HttpClient.class, EventLog.class);

    @Inject
    ReportClient client;

    @Inject
    HttpClient http;

    @Inject
    EventLog events;

    @Test
    void eachLayerRetriesItsOwnKindOfFailure() throws Exception {
        http.script().thenThrow(n -> new Timeout("read timed out")).thenReturn(Response.status(503))
                .thenReturn(Response.ok(Map.of("ready", false))).thenReturn(Response.ok(READY));

        assertThat(client.comprehensiveRetry("/report")).isSameAs(READY);

        assertThat(events.trace()).containsExactly(
                "timeouts backoff 1", "httpErrors backoff 1", "timeouts success 1", "httpErrors success 2",
                "notReady backoff 1", "timeouts success 1", "httpErrors success 1", "notReady success 2");
    }

    @Test
    void aClientErrorGivesUpAtOnceAndPassesTheOuterLayer() {
        http.script().thenReturn(Response.status(404));

        assertThat(catchThrowable(() -> client.comprehensiveRetry("/report"))).isInstanceOf(HttpError.class);
        assertThat(events.trace()).containsExactly("httpErrors giveup 1");
    }
}
