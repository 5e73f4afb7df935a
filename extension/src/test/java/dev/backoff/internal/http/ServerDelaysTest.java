package dev.backoff.internal.http;

import dev.backoff.ServerDelay;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.client.exception.ResteasyWebApplicationException;
import org.jboss.resteasy.client.exception.WebApplicationExceptionWrapper;
import org.jboss.resteasy.core.ResteasyContext;
import org.jboss.resteasy.spi.Dispatcher;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * {@link ServerDelays#of}: where a failed attempt carries the server's delay (issue 15, section 1), in its order, with
 * real Jakarta REST responses and exceptions (RESTEasy's) and RESTEasy's own server-side wrapper.
 */
class ServerDelaysTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final String TWO_MINUTES_LATER = "Tue, 01 Dec 2026 12:02:00 GMT";
    private static final Response.Status UNAVAILABLE = Response.Status.SERVICE_UNAVAILABLE;

    // 1. ServerDelay

    @Test
    void anExceptionThatSaysItsDelay() {
        assertThat(ServerDelays.of(null, new DelayedException(Duration.ofSeconds(7)), NOW))
                .contains(Duration.ofSeconds(7));
    }

    @Test
    void aCauseThatSaysItsDelay() {
        Throwable failure = new CompletionException(new IOException(new DelayedException(Duration.ofSeconds(7))));
        assertThat(ServerDelays.of(null, failure, NOW)).contains(Duration.ofSeconds(7));
    }

    @Test
    void theOutermostExceptionThatSaysOneWins() {
        DelayedException inner = new DelayedException(Duration.ofSeconds(1));
        DelayedException outer = new DelayedException(Duration.ofSeconds(2));
        outer.initCause(inner);
        assertThat(ServerDelays.of(null, outer, NOW)).contains(Duration.ofSeconds(2));
    }

    @Test
    void aValueThatSaysItsDelay() {
        ServerDelay value = () -> Optional.of(Duration.ofMillis(1500));
        assertThat(ServerDelays.of(value, null, NOW)).contains(Duration.ofMillis(1500));
    }

    @Test
    void aNegativeDelayIsZero() {
        assertThat(ServerDelays.of(null, new DelayedException(Duration.ofSeconds(-3)), NOW)).contains(Duration.ZERO);
    }

    @Test
    void aServerDelayThatSaysNothingLeavesTheLookingToWhatFollows() {
        DelayedException empty = new DelayedException(Optional.empty());
        empty.initCause(new DelayedException(Duration.ofSeconds(4)));
        assertThat(ServerDelays.of(null, empty, NOW)).contains(Duration.ofSeconds(4));

        DelayedException saysNull = new DelayedException((Optional<Duration>) null);
        saysNull.initCause(unavailable(HttpHeaders.RETRY_AFTER, "30"));
        assertThat(ServerDelays.of(null, saysNull, NOW)).contains(Duration.ofSeconds(30));
    }

    @Test
    void aServerDelayComesBeforeAResponseHeader() {
        WebApplicationException outer = new WebApplicationException(new DelayedException(Duration.ofSeconds(5)),
                Response.status(UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30").build());
        assertThat(ServerDelays.of(null, outer, NOW)).contains(Duration.ofSeconds(5));
    }

    @Test
    void whatAServerDelayThrowsIsThrown() {
        ServerDelay broken = () -> {
            throw new IllegalStateException("no header");
        };
        assertThatIllegalStateException().isThrownBy(() -> ServerDelays.of(broken, null, NOW)).withMessage("no header");
    }

    @Test
    void aCauseChainThatLoopsIsWalkedOnce() {
        LoopingException a = new LoopingException();
        LoopingException b = new LoopingException();
        a.cause = b;
        b.cause = a;
        assertThat(ServerDelays.of(null, a, NOW)).isEmpty();

        LoopingException c = new LoopingException();
        DelayedException d = new DelayedException(Duration.ofSeconds(9));
        c.cause = d;
        d.initCause(c);
        assertThat(ServerDelays.of(null, c, NOW)).contains(Duration.ofSeconds(9));
    }

    // 2. A WebApplicationException's response

    @Test
    void retryAfterInSecondsOrAsADate() {
        assertThat(ServerDelays.of(null, unavailable(HttpHeaders.RETRY_AFTER, "120"), NOW))
                .contains(Duration.ofSeconds(120));
        assertThat(ServerDelays.of(null, unavailable(HttpHeaders.RETRY_AFTER, TWO_MINUTES_LATER), NOW))
                .contains(Duration.ofMinutes(2));
    }

    @Test
    void theRetryAfterOfJakartaRestsOwnServiceUnavailableException() {
        assertThat(ServerDelays.of(null, new ServiceUnavailableException(120L), NOW)).contains(Duration.ofSeconds(120));
        // written by the implementation's date header delegate, read back to the second
        Date twoMinutesLater = Date.from(NOW.plusSeconds(120));
        assertThat(ServerDelays.of(null, new ServiceUnavailableException(twoMinutesLater), NOW))
                .contains(Duration.ofMinutes(2));
    }

    @Test
    void rateLimitResets() {
        assertThat(ServerDelays.of(null, tooManyRequests("RateLimit-Reset", "60"), NOW)).contains(Duration.ofMinutes(1));
        long inFiveMinutes = NOW.getEpochSecond() + 300;
        assertThat(ServerDelays.of(null, tooManyRequests("X-RateLimit-Reset", Long.toString(inFiveMinutes)), NOW))
                .contains(Duration.ofMinutes(5));
    }

    @Test
    void retryAfterComesFirstThenRateLimitResetThenXRateLimitReset() {
        Response all = Response.status(429).header("X-RateLimit-Reset", "3").header("RateLimit-Reset", "2")
                .header(HttpHeaders.RETRY_AFTER, "1").build();
        assertThat(ServerDelays.of(null, new WebApplicationException(all), NOW)).contains(Duration.ofSeconds(1));
        Response resets = Response.status(429).header("X-RateLimit-Reset", "3").header("RateLimit-Reset", "2").build();
        assertThat(ServerDelays.of(null, new WebApplicationException(resets), NOW)).contains(Duration.ofSeconds(2));
    }

    @Test
    void aHeaderThatIsNoValueLeavesTheNextOne() {
        Response response = Response.status(429).header(HttpHeaders.RETRY_AFTER, "soon").header("RateLimit-Reset", "2")
                .build();
        assertThat(ServerDelays.of(null, new WebApplicationException(response), NOW)).contains(Duration.ofSeconds(2));
    }

    @Test
    void headerNamesAreCaseInsensitive() {
        assertThat(ServerDelays.of(null, unavailable("retry-after", "8"), NOW)).contains(Duration.ofSeconds(8));
        assertThat(ServerDelays.of(null, unavailable("x-ratelimit-reset", "8"), NOW)).contains(Duration.ofSeconds(8));
    }

    @Test
    void aRetryAfterGivenTwiceSaysNothing() {
        Response twice = Response.status(UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .header(HttpHeaders.RETRY_AFTER, "5").build();
        assertThat(ServerDelays.of(null, new WebApplicationException(twice), NOW)).isEmpty();
    }

    @Test
    void aWebApplicationExceptionAsACause() {
        Throwable failure = new ProcessingException(unavailable(HttpHeaders.RETRY_AFTER, "3"));
        assertThat(ServerDelays.of(null, failure, NOW)).contains(Duration.ofSeconds(3));
    }

    @Test
    void aWebApplicationExceptionWithoutTheseHeadersSaysNothing() {
        assertThat(ServerDelays.of(null, new WebApplicationException(UNAVAILABLE), NOW)).isEmpty();
        assertThat(ServerDelays.of(null, new ServiceUnavailableException(), NOW)).isEmpty();
        assertThat(ServerDelays.of(null, new WebApplicationException(Response.status(UNAVAILABLE)
                .header(HttpHeaders.CONTENT_TYPE, "text/plain").build()), NOW)).isEmpty();
    }

    @Test
    void aWebApplicationExceptionWithNoResponseSaysNothing() {
        WebApplicationException noResponse = new WebApplicationException() {
            @Override
            public Response getResponse() {
                return null;
            }
        };
        assertThat(ServerDelays.of(null, noResponse, NOW)).isEmpty();
    }

    /**
     * A RESTEasy client called in a resource method throws RESTEasy's wrapper: its response keeps only the status and
     * the media type, and its cause is the original's cause, not the original. The delay is found in the original,
     * through {@code WebApplicationExceptionWrapper.unwrap}.
     */
    @Test
    void resteasysServerSideWrapperIsUnwrapped() {
        ServiceUnavailableException original = unavailable(HttpHeaders.RETRY_AFTER, "120");
        WebApplicationException wrapped = onTheServer(() -> WebApplicationExceptionWrapper.wrap(original));

        assertThat(wrapped).isInstanceOf(WebApplicationExceptionWrapper.class).isInstanceOf(
                ServiceUnavailableException.class).isNotSameAs(original).hasNoCause();
        assertThat(wrapped.getResponse().getHeaderString(HttpHeaders.RETRY_AFTER)).isNull();

        assertThat(ServerDelays.of(null, wrapped, NOW)).contains(Duration.ofSeconds(120));
    }

    @Test
    void resteasysPlainWrapperIsUnwrappedToo() {
        WebApplicationException original = tooManyRequests(HttpHeaders.RETRY_AFTER, "9");
        WebApplicationException wrapped = new ResteasyWebApplicationException(original);
        assertThat(wrapped.getResponse().getHeaderString(HttpHeaders.RETRY_AFTER)).isNull();

        assertThat(ServerDelays.of(null, new IllegalStateException(wrapped), NOW)).contains(Duration.ofSeconds(9));
    }

    // 3. A returned response

    @Test
    void aJakartaRestResponse() {
        Response response = Response.status(UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, TWO_MINUTES_LATER).build();
        assertThat(ServerDelays.of(response, null, NOW)).contains(Duration.ofMinutes(2));
        Response accepted = Response.accepted().header("retry-after", "10").build();
        assertThat(ServerDelays.of(accepted, null, NOW)).contains(Duration.ofSeconds(10));
        assertThat(ServerDelays.of(Response.ok().build(), null, NOW)).isEmpty();
    }

    @Test
    void aJavaNetHttpResponse() {
        assertThat(ServerDelays.of(FakeHttpResponse.of("busy", "Retry-After", "120"), null, NOW))
                .contains(Duration.ofSeconds(120));
        assertThat(ServerDelays.of(FakeHttpResponse.of("busy", "retry-after", TWO_MINUTES_LATER), null, NOW))
                .contains(Duration.ofMinutes(2));
        assertThat(ServerDelays.of(FakeHttpResponse.of("busy", "RateLimit-Reset", "soon", "X-RateLimit-Reset", "6"),
                null, NOW)).contains(Duration.ofSeconds(6));
        assertThat(ServerDelays.of(FakeHttpResponse.of("busy", "Retry-After", "5", "Retry-After", "5"), null, NOW))
                .isEmpty();
        assertThat(ServerDelays.of(FakeHttpResponse.of("busy"), null, NOW)).isEmpty();
    }

    @Test
    void anythingElseSaysNothing() {
        assertThat(ServerDelays.of(null, null, NOW)).isEmpty();
        assertThat(ServerDelays.of("Retry-After: 120", null, NOW)).isEmpty();
        assertThat(ServerDelays.of(null, new IOException("Retry-After: 120"), NOW)).isEmpty();
    }

    @Test
    void nowIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> ServerDelays.of(null, null, null));
    }

    private static ServiceUnavailableException unavailable(String header, String value) {
        return new ServiceUnavailableException(Response.status(UNAVAILABLE).header(header, value).build());
    }

    private static WebApplicationException tooManyRequests(String header, String value) {
        return new ClientErrorException(Response.status(429).header(header, value).build());
    }

    /** What RESTEasy does while it dispatches a request: a Dispatcher in its context makes it a server. */
    private static WebApplicationException onTheServer(Supplier<WebApplicationException> action) {
        Dispatcher dispatcher = (Dispatcher) Proxy.newProxyInstance(Dispatcher.class.getClassLoader(),
                new Class<?>[] {Dispatcher.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
        ResteasyContext.addContextDataLevel();
        try {
            ResteasyContext.pushContext(Dispatcher.class, dispatcher);
            return action.get();
        } finally {
            ResteasyContext.removeContextDataLevel();
        }
    }

    /** An exception whose cause may loop back, as getCause overrides allow. */
    private static final class LoopingException extends RuntimeException {
        private Throwable cause;

        @Override
        public synchronized Throwable getCause() {
            return cause;
        }
    }
}
