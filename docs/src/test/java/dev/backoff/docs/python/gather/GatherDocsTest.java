package dev.backoff.docs.python.gather;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

@EnableWeld
class GatherDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(Gatherer.class, JsonClient.class, HttpClient.class);

    @Inject
    Gatherer gatherer;

    @Inject
    HttpClient http;

    @Inject
    VirtualTime time;

    @Test
    void eachUrlGetsItsOwnRetriesAndAFailureTakesItsPlaceInTheList() {
        time.holdScheduledTasks(); // all three calls wait at the same time
        Map<String, Object> a = Map.of("url", "a");
        Map<String, Object> c = Map.of("url", "c");
        http.script("a").thenThrow(n -> new ConnectionError("a refused")).thenReturn(Response.ok(a));
        http.script("b").thenAlwaysThrow(n -> new ConnectionError("b refused #" + n));
        http.script("c").thenReturn(Response.ok(c));

        CompletableFuture<List<Object>> all = gatherer.fetchAll(List.of("a", "b", "c"));
        assertThat(all).isNotDone();
        time.advance(Duration.ofSeconds(10));

        List<Object> results = all.join();
        assertThat(results.get(0)).isSameAs(a);
        assertThat(results.get(1)).isInstanceOf(ConnectionError.class).isSameAs(http.script("b").outcome(3));
        assertThat(results.get(2)).isSameAs(c);
        assertThat(http.urls()).filteredOn("b"::equals).hasSize(3);
    }
}
