package dev.backoff.docs.python.polljob;

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

import static org.assertj.core.api.Assertions.assertThat;

@EnableWeld
class PollForJobDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(JobWatcher.class, HttpClient.class);

    @Inject
    JobWatcher watcher;

    @Inject
    HttpClient http;

    @Inject
    VirtualTime time;

    @Test
    void pollsUntilTheJobIsComplete() throws Exception {
        Map<String, Object> complete = Map.of("id", "42", "status", "complete");
        http.script().thenReturn(Response.ok(Map.of("status", "pending")))
                .thenReturn(Response.ok(Map.of("status", "running"))).thenReturn(Response.ok(complete));

        assertThat(watcher.waitForJob("42")).isSameAs(complete);
        assertThat(http.urls()).containsOnly("/api/jobs/42").hasSize(3);
        assertThat(time.waits()).hasSize(2).allSatisfy(w -> assertThat(w).isBetween(Duration.ZERO, Duration.ofSeconds(5)));
    }

    @Test
    void afterTenMinutesReturnsTheJobAsItLastWas() throws Exception {
        http.script().thenAlwaysReturn(n -> Response.ok(Map.of("status", "running")));

        assertThat(watcher.waitForJob("7")).isSameAs(((Response) http.script().lastOutcome()).json());
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(600));
    }
}
