package dev.backoff.docs.python.status;

import dev.backoff.docs.fakes.HttpClient;
import dev.backoff.docs.fakes.HttpError;
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
class ConditionalRetryDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(ResilientApi.class, HttpClient.class);

    @Inject
    ResilientApi api;

    @Inject
    HttpClient http;

    @Inject
    VirtualTime time;

    @Test
    void retriesServerErrorsAndTooManyRequests() throws Exception {
        Response ok = Response.status(200);
        http.script().thenReturn(Response.status(503)).thenReturn(Response.status(429)).thenReturn(ok);

        assertThat(api.resilientApiCall("/orders")).isSameAs(ok);
        assertThat(time.waits()).hasSize(2);
    }

    @Test
    void throwsAClientErrorAtOnce() {
        http.script().thenReturn(Response.status(404));

        assertThat(catchThrowable(() -> api.resilientApiCall("/orders"))).isInstanceOf(HttpError.class);
        assertThat(http.calls()).isEqualTo(1);
    }

    @Test
    void returnsTheLastServerErrorAfterTwoMinutes() throws Exception {
        http.script().thenAlwaysReturn(n -> Response.status(503));

        assertThat(api.resilientApiCall("/orders")).isSameAs(http.script().lastOutcome());
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(120));
    }
}
