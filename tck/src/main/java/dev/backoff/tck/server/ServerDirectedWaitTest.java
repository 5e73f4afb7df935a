package dev.backoff.tck.server;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.ServerDelay;
import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.GiveupReason;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.support.LogCapture;
import dev.backoff.tck.support.Responses;
import dev.backoff.testing.VirtualTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC 9: a failed attempt that carries a server delay waits for it (plus up to 10%, at most a second) instead of the
 * strategy's wait, within maxTime or maxServerDelay, or gives up at once.
 */
@Spec({"9.1", "9.3"})
@Deploy({ServerDirectedWaitTest.Upstream.class, ServerDirectedWaitTest.Observer.class})
class ServerDirectedWaitTest {

    static final List<Object> HEARD = new CopyOnWriteArrayList<>();

    @Inject
    Upstream upstream;

    @Inject
    VirtualTime time;

    @BeforeEach
    void reset() {
        HEARD.clear();
    }

    @Test
    void aRetryAfterInSecondsOnAWebApplicationException() throws Exception {
        upstream.answer(new WebApplicationException("busy", Responses.of(503, HttpHeaders.RETRY_AFTER, "30")));

        assertThat(upstream.fetch()).isEqualTo("ok");

        assertThat(time.waits()).singleElement()
                .satisfies(w -> assertThat(w).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(31)));
    }

    @Test
    void aRetryAfterDateIsCountedFromTheClocksWallTime() throws Exception {
        String inTwentySeconds = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(time.instant().plusSeconds(20).atOffset(ZoneOffset.UTC));
        upstream.answer(new WebApplicationException("busy", Responses.of(503, "retry-after", inTwentySeconds)));

        upstream.fetch();

        assertThat(time.waits()).singleElement()
                .satisfies(w -> assertThat(w).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(22)));
    }

    @Test
    void aRateLimitResetInACause() throws Exception {
        upstream.answer(new IOException("wrapped", new WebApplicationException("limited",
                Responses.of(429, "X-RateLimit-Reset", "12"))));

        upstream.fetch();

        assertThat(time.waits().get(0)).isBetween(Duration.ofSeconds(12), Duration.ofMillis(13_200));
    }

    @Test
    void anExceptionThatSaysItsDelay() throws Exception {
        upstream.answer(new Throttled(Duration.ofMillis(1500)));

        upstream.fetch();

        assertThat(time.waits().get(0)).isBetween(Duration.ofMillis(1500), Duration.ofMillis(1650));
    }

    @Test
    void withoutADelayTheStrategyWaits() throws Exception {
        upstream.answer(new WebApplicationException("busy", Responses.of(503)));

        upstream.fetch();

        assertThat(time.waits()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aDelayLongerThanMaxServerDelayGivesUpAtOnce() throws Exception {
        Throttled aDay = new Throttled(Duration.ofDays(1));
        upstream.answer(aDay);

        assertThatThrownBy(upstream::fetch).isSameAs(aDay);

        assertThat(time.waits()).isEmpty();
        assertThat(HEARD).singleElement().isEqualTo(GiveupReason.SERVER_DELAY_TOO_LONG);
    }

    @Test
    void withMaxTimeTheTimeLeftIsTheBound() throws Exception {
        upstream.answer(new Throttled(Duration.ofSeconds(50)), new Throttled(Duration.ofSeconds(11)));

        assertThatThrownBy(upstream::withinAMinute).isInstanceOf(Throttled.class).hasMessage("throttled for PT11S");

        assertThat(time.waits()).singleElement()
                .satisfies(w -> assertThat(w).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(51)));
        assertThat(HEARD).containsExactly(true, GiveupReason.SERVER_DELAY_TOO_LONG);
    }

    @Test
    void retryAfterFalseKeepsTheStrategy() throws Exception {
        upstream.answer(new Throttled(Duration.ofDays(1)));

        assertThat(upstream.ignoringTheServer()).isEqualTo("ok");

        assertThat(time.waits()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    @Spec({"9.1", "9.4"})
    void aRetriedResponseIsClosedAndTheLastIsReturnedOpen() throws Exception {
        Responses.Fake first = Responses.of(503, "Retry-After", "2");
        Responses.Fake last = Responses.of(503, "Retry-After", "2");
        upstream.respond(first, last);

        assertThat(upstream.call()).isSameAs(last);

        assertThat(first.closed()).isTrue();
        assertThat(last.closed()).isFalse();
        assertThat(time.waits().get(0)).isBetween(Duration.ofSeconds(2), Duration.ofMillis(2200));
    }

    @Test
    @Spec({"9.1", "9.4"})
    void aJavaNetHttpResponsesBodyIsClosedToo() throws Exception {
        Responses.Http first = Responses.http(429, "RateLimit-Reset", "5");
        Responses.Http last = Responses.http(200);
        upstream.respond(first, last);

        assertThat(upstream.send()).isSameAs(last);

        assertThat(first.body().closed()).isTrue();
        assertThat(last.body().closed()).isFalse();
        assertThat(time.waits().get(0)).isBetween(Duration.ofSeconds(5), Duration.ofMillis(5500));
    }

    @Test
    @Spec({"9.3", "3.1"})
    void anAsyncCallWaitsForTheServerToo() throws Exception {
        upstream.answer(new Throttled(Duration.ofSeconds(4)));

        assertThat(upstream.fetchAsync()).succeedsWithin(Duration.ofSeconds(10)).isEqualTo("ok");

        assertThat(time.waits().get(0)).isBetween(Duration.ofSeconds(4), Duration.ofMillis(4400));
    }

    @Test
    @Spec({"9.5", "4.1", "4.3"})
    void theEventAndTheLogLineSayTheServerDecided() throws Exception {
        upstream.answer(new Throttled(Duration.ofSeconds(3)), new IOException("plain"));
        try (LogCapture log = new LogCapture()) {
            upstream.fetch();

            assertThat(log.messages(Level.INFO)).hasSize(2);
            assertThat(log.messages(Level.INFO).get(0)).matches("Backing off .*Upstream\\.fetch\\(\\.\\.\\.\\) for"
                    + " 3\\.\\ds \\(Retry-After\\) \\(.*Throttled: throttled for PT3S\\)");
            assertThat(log.messages(Level.INFO).get(1)).endsWith(" for 2.0s (java.io.IOException: plain)");
        }
        assertThat(HEARD).containsExactly(true, false);
    }

    /** An exception of an HTTP client that says how long the server asked to wait. */
    public static final class Throttled extends IOException implements ServerDelay {
        private final Duration delay;

        public Throttled(Duration delay) {
            super("throttled for " + delay);
            this.delay = delay;
        }

        @Override
        public Optional<Duration> serverDelay() {
            return Optional.of(delay);
        }
    }

    @ApplicationScoped
    public static class Upstream {
        private final Deque<Exception> failures = new ArrayDeque<>();
        private final Deque<Object> responses = new ArrayDeque<>();

        void answer(Exception... next) {
            failures.clear();
            failures.addAll(List.of(next));
        }

        void respond(Object... next) {
            responses.clear();
            responses.addAll(List.of(next));
        }

        @Backoff(jitter = Jitter.NONE)
        public String fetch() throws Exception {
            return next();
        }

        @Backoff(jitter = Jitter.NONE, maxTime = 60)
        public String withinAMinute() throws Exception {
            return next();
        }

        @Backoff(jitter = Jitter.NONE, retryAfter = false)
        public String ignoringTheServer() throws Exception {
            return next();
        }

        @Backoff(jitter = Jitter.NONE)
        public CompletionStage<String> fetchAsync() {
            Exception failure = failures.poll();
            return failure == null ? CompletableFuture.completedFuture("ok") : CompletableFuture.failedFuture(failure);
        }

        @Backoff(retryIf = Unavailable.class, maxTries = 2, jitter = Jitter.NONE)
        public Response call() {
            return (Response) responses.poll();
        }

        @Backoff(retryIf = TooMany.class, maxTries = 2, jitter = Jitter.NONE)
        public HttpResponse<InputStream> send() {
            @SuppressWarnings("unchecked")
            HttpResponse<InputStream> next = (HttpResponse<InputStream>) responses.poll();
            return next;
        }

        private String next() throws Exception {
            Exception failure = failures.poll();
            if (failure != null) {
                throw failure;
            }
            return "ok";
        }
    }

    public static class Unavailable implements Predicate<Response> {
        @Override
        public boolean test(Response response) {
            return response.getStatus() == 503;
        }
    }

    public static class TooMany implements Predicate<HttpResponse<?>> {
        @Override
        public boolean test(HttpResponse<?> response) {
            return response.statusCode() == 429;
        }
    }

    @ApplicationScoped
    public static class Observer {
        void backoff(@Observes BackoffEvent event) {
            HEARD.add(event.serverDirected());
        }

        void giveup(@Observes GiveupEvent event) {
            HEARD.add(event.reason());
        }
    }
}
