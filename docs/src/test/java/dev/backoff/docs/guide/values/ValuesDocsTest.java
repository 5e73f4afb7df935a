package dev.backoff.docs.guide.values;

import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.seed.fakes.ConnectionError;
import dev.backoff.tck.seed.fakes.HttpClient;
import dev.backoff.tck.seed.fakes.Response;
import dev.backoff.docs.BackoffWeld;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@EnableWeld
class ValuesDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(Watcher.class, Jobs.class, HttpClient.class);

    @Inject
    Watcher watcher;

    @Inject
    Jobs jobs;

    @Inject
    HttpClient http;

    @Inject
    VirtualTime time;

    @Test
    void aRejectedValueIsRetriedAndTheLastOneReturnedOnGiveUp() {
        Job done = new Job("j", "done");
        jobs.jobs().thenReturn(new Job("j", "running")).thenReturn(done);
        assertThat(watcher.awaitJob("j")).isSameAs(done);

        jobs.jobs().thenAlwaysReturn(n -> new Job("j", "running"));
        Duration before = time.now();
        assertThat(watcher.awaitJob("j").status()).isEqualTo("running");
        assertThat(time.now().minus(before)).isEqualTo(Duration.ofSeconds(600));
    }

    @Test
    void falsyRetriesEmptyResults() {
        jobs.messages().thenReturn(List.of()).thenReturn(List.of()).thenReturn(List.of("m1"));
        assertThat(watcher.nextMessages("q")).containsExactly("m1");

        jobs.messages().thenAlwaysReturn(n -> List.of());
        assertThat(watcher.nextMessages("q")).isEmpty();
        assertThat(jobs.messages().calls()).isEqualTo(3 + 4);
    }

    @Test
    void exceptionsAndValuesBothFail() throws Exception {
        Response ok = Response.status(200);
        http.script().thenThrow(n -> new ConnectionError("refused")).thenReturn(Response.status(503))
                .thenReturn(Response.status(429)).thenReturn(ok);

        assertThat(watcher.fetch("/x")).isSameAs(ok);
        assertThat(http.calls()).isEqualTo(4);
    }

    @Test
    void withRetryIfAloneExceptionsAreThrownAtOnce() {
        jobs.jobs().thenAlwaysReturn(n -> {
            throw new IllegalStateException("job service down");
        });

        assertThat(catchThrowable(() -> watcher.awaitJob("j"))).isInstanceOf(IllegalStateException.class);
        assertThat(time.waits()).isEmpty();
    }
}
