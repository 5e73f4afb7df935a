package dev.backoff.docs.python.retryafter;

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
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

@EnableWeld
class RateLimitingDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(RateLimitedApi.class, HttpClient.class);

    @Inject
    RateLimitedApi api;

    @Inject
    HttpClient http;

    @Inject
    VirtualTime time;

    @Test
    void waitsWhatRetryAfterSaysOrOneSecond() throws Exception {
        Response ok = Response.status(200);
        http.script().thenReturn(Response.status(429).withHeader("Retry-After", "3"))
                .thenReturn(Response.status(429)).thenReturn(ok);

        assertThat(api.rateLimitedApiCall("/quota")).isSameAs(ok);
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(1));
    }

    @Test
    void afterTenTriesReturnsTheLast429() throws Exception {
        http.script().thenAlwaysReturn(n -> Response.status(429).withHeader("Retry-After", "2"));

        assertThat(api.rateLimitedApiCall("/quota")).isSameAs(http.script().lastOutcome());
        assertThat(http.calls()).isEqualTo(10);
        assertThat(time.waits()).isEqualTo(Collections.nCopies(9, Duration.ofSeconds(2)));
    }
}
