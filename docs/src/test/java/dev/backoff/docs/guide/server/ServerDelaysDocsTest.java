package dev.backoff.docs.guide.server;

import dev.backoff.docs.BackoffWeld;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.GiveupReason;
import dev.backoff.tck.support.Responses;
import dev.backoff.testing.VirtualTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the guide says of waits the server asks for. */
@EnableWeld
class ServerDelaysDocsTest {

    static final List<GiveupReason> REASONS = new CopyOnWriteArrayList<>();

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(Quotes.class, Market.class, Reasons.class);

    @Inject
    Quotes quotes;

    @Inject
    Market market;

    @Inject
    VirtualTime time;

    /** The quote service, answering what the test says. */
    @ApplicationScoped
    public static class Market implements Prices {
        private final Deque<RuntimeException> failures = new ArrayDeque<>();

        void fail(RuntimeException... next) {
            failures.addAll(List.of(next));
        }

        @Override
        public double quote(String symbol) {
            RuntimeException failure = failures.poll();
            if (failure != null) {
                throw failure;
            }
            return 42.0;
        }
    }

    @ApplicationScoped
    public static class Reasons {
        void heard(@Observes GiveupEvent event) {
            REASONS.add(event.reason());
        }
    }

    private static WebApplicationException busy(String... headers) {
        return new WebApplicationException("busy", Responses.of(503, headers));
    }

    @Test
    void aRetryAfterOfThirtySecondsWaitsThirtySecondsAndUpToOneMore() {
        market.fail(busy("Retry-After", "30"));

        assertThat(quotes.quote("ACME")).isEqualTo(42.0);

        assertThat(time.waits()).singleElement()
                .satisfies(w -> assertThat(w).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(31)));
    }

    @Test
    void withoutAHeaderTheStrategyWaits() {
        market.fail(busy(), busy());

        quotes.quote("ACME");

        assertThat(time.waits()).hasSize(2).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(Duration.ofSeconds(2)));
    }

    @Test
    void aDelayBeyondMaxTimeGivesUpAtOnce() {
        REASONS.clear();
        WebApplicationException anHour = busy("Retry-After", "3600");
        market.fail(anHour);

        assertThatThrownBy(() -> quotes.quote("ACME")).isSameAs(anHour);

        assertThat(time.waits()).isEmpty();
        assertThat(REASONS).containsExactly(GiveupReason.SERVER_DELAY_TOO_LONG);
    }

    @Test
    void anExceptionOfAnotherClientSaysItsDelayItself() {
        market.fail(new Throttled("429", Duration.ofSeconds(5)));

        assertThat(quotes.quoteElsewhere("ACME")).isEqualTo(42.0);

        assertThat(time.waits().get(0)).isBetween(Duration.ofSeconds(5), Duration.ofMillis(5500));
    }

    @Test
    void quotesRetriesOnlyWebApplicationExceptions() {
        IllegalStateException other = new IllegalStateException("not an HTTP failure");
        market.fail(other);

        assertThatThrownBy(() -> quotes.quote("ACME")).isSameAs(other);
    }
}
