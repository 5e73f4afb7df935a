package dev.backoff.docs.guide.exceptions;

import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.seed.EventLog;
import dev.backoff.tck.seed.fakes.ConnectionError;
import dev.backoff.tck.seed.fakes.HttpClient;
import dev.backoff.tck.seed.fakes.HttpError;
import dev.backoff.tck.seed.fakes.RequestException;
import dev.backoff.tck.seed.fakes.Response;
import dev.backoff.tck.seed.fakes.Timeout;
import dev.backoff.docs.BackoffWeld;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@EnableWeld
class ExceptionsDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(QuoteClient.class, HttpClient.class, EventLog.class);

    @Inject
    QuoteClient client;

    @Inject
    HttpClient http;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    @Test
    void onRetriesTheListedTypesAndTheirSubclassesOnly() throws Exception {
        Response ok = Response.status(200);
        http.script().thenThrow(n -> new ConnectionError("refused")).thenThrow(n -> new Timeout("slow")).thenReturn(ok)
                .thenThrow(n -> new RequestException("malformed URL"));

        assertThat(client.quote("ACME")).isSameAs(ok);
        assertThat(catchThrowable(() -> client.quote("ACME"))).isSameAs(http.script().outcome(4));
        assertThat(http.calls()).isEqualTo(4);
    }

    @Test
    void withoutOnEveryExceptionIsRetriedButNoError() throws Exception {
        http.script().thenThrow(n -> new RequestException("any")).thenAlwaysReturn(n -> {
            throw new StackOverflowError("an Error");
        });

        assertThat(catchThrowable(() -> client.refresh("ACME"))).isInstanceOf(StackOverflowError.class);
        assertThat(http.calls()).isEqualTo(2);
    }

    @Test
    void abortOnEndsTheCallAtOnceWithoutAnyEvent() {
        http.script().thenThrow(n -> new ConnectionError("refused")).thenReturn(Response.status(404));

        assertThat(catchThrowable(() -> client.history("ACME"))).isInstanceOf(HttpError.class);
        assertThat(http.calls()).isEqualTo(2);
        assertThat(events.trace()).containsExactly(" backoff 1");
    }

    @Test
    void giveupEndsTheCallAtOnceAsAGiveUp() throws Exception {
        Response ok = Response.status(200);
        // a refused connection is no HttpError: retried without asking IsClientError, a Predicate<HttpError>
        http.script().thenThrow(n -> new ConnectionError("refused")).thenReturn(Response.status(503)).thenReturn(ok)
                .thenReturn(Response.status(404));

        assertThat(client.profile("ACME")).isSameAs(ok);
        assertThat(catchThrowable(() -> client.profile("ACME"))).isInstanceOf(HttpError.class);
        assertThat(events.trace()).containsExactly(" backoff 1", " backoff 2", " success 3", " giveup 1");
        assertThat(time.waits()).hasSize(2);
    }
}
