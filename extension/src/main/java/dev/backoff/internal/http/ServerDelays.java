package dev.backoff.internal.http;

import dev.backoff.RetryAfter;
import dev.backoff.ServerDelay;
import dev.backoff.internal.OptionalApi;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The server delay a failed attempt carries (issue 15, section 1), and the release of a failed response before a
 * retry. Works with or without the Jakarta REST API on the class path: without it, its exceptions and responses cannot
 * occur, and nothing that names them is loaded.
 */
public final class ServerDelays {

    static final Logger LOG = Logger.getLogger("dev.backoff");

    /** The response headers that say a delay, in the order they are read: the first that says one wins. */
    private static final List<Header> HEADERS = List.of(
            new Header("Retry-After", RetryAfter::parse),
            new Header("RateLimit-Reset", RetryAfter::parseReset),
            new Header("X-RateLimit-Reset", RetryAfter::parseReset));

    private static final RestApi JAKARTA_REST = jakartaRest();

    private ServerDelays() {
    }

    /**
     * The delay the server asked for, as the failed attempt carries it, looked for in this order:
     * <ol>
     * <li>the exception, or a cause in its chain (outermost first), or the returned value, implements
     * {@link ServerDelay} and its {@code serverDelay()} says one;</li>
     * <li>the exception, or a cause in its chain, is a Jakarta REST {@code WebApplicationException} (a MicroProfile
     * Rest Client's included) whose response has a {@code Retry-After}, {@code RateLimit-Reset} or
     * {@code X-RateLimit-Reset} header that {@link RetryAfter} reads; for RESTEasy's server-side wrapper, whose
     * response has lost its headers, the response of the exception it wraps;</li>
     * <li>the returned value is a Jakarta REST {@code Response} or a {@code java.net.http.HttpResponse} with such a
     * header.</li>
     * </ol>
     * A cause chain that loops is walked once. A header given more than once is one value, its lines joined by commas
     * (RFC 9110 section 5.3, and Jakarta REST's {@code getHeaderString}), which is no valid value of these headers.
     *
     * @param value   the failed attempt's returned value (a {@code retryIf} failure), or {@code null}
     * @param failure the failed attempt's exception, or {@code null}
     * @param now     the current wall-clock time, which an HTTP-date or a reset time is counted from
     * @return the delay, never negative (a {@code ServerDelay}'s negative one counts as zero); empty when none is said.
     *         What a {@code ServerDelay} throws is thrown.
     */
    public static Optional<Duration> of(Object value, Throwable failure, Instant now) {
        Objects.requireNonNull(now, "now");
        List<Throwable> chain = chain(failure);
        Optional<Duration> delay = declared(chain, value);
        if (delay.isEmpty()) {
            delay = JAKARTA_REST.fromExceptions(chain, now);
        }
        if (delay.isEmpty()) {
            delay = fromResponse(value, now);
        }
        return delay;
    }

    /**
     * Releases a failed attempt's response before a retry, so that only the one that ends the call reaches the caller
     * open: a Jakarta REST {@code Response} is closed, a {@code java.net.http.HttpResponse}'s body is closed when it is
     * an {@code InputStream} or another {@code AutoCloseable} (a {@code String} or {@code byte[]} body holds nothing).
     * Anything else, {@code null} included, is left alone. Never throws an exception: what a close throws is logged
     * (FINE, logger {@code dev.backoff}); one that was interrupted sets the thread's interrupt flag again.
     */
    public static void close(Object value) {
        if (value instanceof HttpResponse<?> response) {
            if (response.body() instanceof AutoCloseable body) {
                release(body);
            }
        } else {
            JAKARTA_REST.close(value);
        }
    }

    /**
     * The delay a response's headers say; {@code header} gives a header's value by its name (case-insensitive), or
     * {@code null} when the response has none.
     */
    static Optional<Duration> fromHeaders(Function<String, String> header, Instant now) {
        for (Header h : HEADERS) {
            Optional<Duration> delay = h.reader().apply(header.apply(h.name()), now);
            if (delay.isPresent()) {
                return delay;
            }
        }
        return Optional.empty();
    }

    /** Closes a response or its body; what the close throws is logged, and an interrupt kept. */
    static void release(AutoCloseable response) {
        try {
            response.close();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.log(Level.FINE, e, () -> "Could not close the response of a failed attempt");
        }
    }

    private static Optional<Duration> declared(List<Throwable> chain, Object value) {
        for (Throwable t : chain) {
            if (t instanceof ServerDelay declares) {
                Optional<Duration> delay = said(declares);
                if (delay.isPresent()) {
                    return delay;
                }
            }
        }
        return value instanceof ServerDelay declares ? said(declares) : Optional.empty();
    }

    private static Optional<Duration> said(ServerDelay declares) {
        Optional<Duration> delay = declares.serverDelay();
        if (delay == null) {
            return Optional.empty();
        }
        return delay.map(d -> d.isNegative() ? Duration.ZERO : d);
    }

    private static Optional<Duration> fromResponse(Object value, Instant now) {
        if (value instanceof HttpResponse<?> response) {
            return fromHeaders(name -> {
                List<String> lines = response.headers().allValues(name);
                return lines.isEmpty() ? null : String.join(",", lines);
            }, now);
        }
        return JAKARTA_REST.fromResponse(value, now);
    }

    /** The exception and its causes, outermost first, each once: a chain that loops ends where it would repeat. */
    private static List<Throwable> chain(Throwable failure) {
        if (failure == null) {
            return List.of();
        }
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static RestApi jakartaRest() {
        if (!OptionalApi.present("jakarta.ws.rs.core.Response")) {
            return RestApi.NONE;
        }
        return new JaxRs(); // loaded only now that the API is known to be there
    }

    private record Header(String name, BiFunction<String, Instant, Optional<Duration>> reader) {
    }
}
