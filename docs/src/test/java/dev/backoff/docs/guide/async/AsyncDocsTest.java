package dev.backoff.docs.guide.async;

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
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

@EnableWeld
class AsyncDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(AsyncQuotes.class, HttpClient.class);

    @Inject
    AsyncQuotes quotes;

    @Inject
    HttpClient http;

    @Inject
    VirtualTime time;

    @Test
    void theCallerGetsAFutureAtOnceThatCompletesAfterTheRetries() {
        time.holdScheduledTasks();
        Response ok = Response.status(200);
        http.script().thenThrow(2, n -> new ConnectionError("refused")).thenReturn(ok);

        CompletableFuture<Response> quote = quotes.quote("ACME").toCompletableFuture();
        assertThat(quote).isNotDone();
        time.advance(Duration.ofSeconds(3));

        assertThat(quote).isCompletedWithValue(ok);
    }

    @Test
    void cancellingTheFutureStopsTheRetries() {
        time.holdScheduledTasks();
        http.script().thenAlwaysThrow(n -> new ConnectionError("refused"));

        // region cancel
        CompletableFuture<Response> quote = quotes.quote("ACME").toCompletableFuture();
        quote.cancel(true); // the pending wait is cancelled and no further attempt starts
        // endregion

        time.advance(Duration.ofMinutes(1));
        assertThat(http.calls()).isEqualTo(1);
        assertThat(time.pendingTasks()).isZero();
    }

    @Test
    void aUniIsRetriedByResubscribing() {
        Response ok = Response.status(200);
        http.script().thenThrow(2, n -> new ConnectionError("refused")).thenReturn(ok);

        assertThat(quotes.quoteUni("ACME").await().indefinitely()).isSameAs(ok);
        assertThat(http.calls()).isEqualTo(3);
    }
}
