package dev.backoff.internal.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;

/**
 * The Jakarta REST API, an optional dependency, and the one class that names it: made by {@link ServerDelays} only
 * after it has found the API on the class path, so that without it this class is never loaded.
 */
final class JaxRs implements RestApi {

    /**
     * RESTEasy's server-side wrapper of a REST client's exception (resteasy-client-api, 6.2 and 7.0 alike): a client
     * called inside a resource method throws it instead of the original, with a response sanitized down to its status,
     * Allow and Content-Type (CVE-2020-25633; what it keeps has changed between versions, quarkus#27807), and with the
     * original's cause, not the original, as its cause. Only its public static {@code unwrap(WebApplicationException)}
     * gives the original back. Looked up once, by name, so that RESTEasy stays optional; without it (another Jakarta
     * REST implementation) every exception is read as it is.
     */
    private static final String RESTEASY_WRAPPER = "org.jboss.resteasy.client.exception.WebApplicationExceptionWrapper";
    private static final Method UNWRAP = unwrapMethod();

    @Override
    public Optional<Duration> fromExceptions(List<Throwable> chain, Instant now) {
        for (Throwable t : chain) {
            if (t instanceof WebApplicationException e) {
                Optional<Duration> delay = fromHeaders(unwrap(e).getResponse(), now);
                if (delay.isPresent()) {
                    return delay;
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Duration> fromResponse(Object value, Instant now) {
        return value instanceof Response response ? fromHeaders(response, now) : Optional.empty();
    }

    @Override
    public void close(Object value) {
        if (value instanceof Response response) {
            ServerDelays.release(response);
        }
    }

    private static Optional<Duration> fromHeaders(Response response, Instant now) {
        // getResponse() of a subclass may give none
        return response == null ? Optional.empty() : ServerDelays.fromHeaders(response::getHeaderString, now);
    }

    private static WebApplicationException unwrap(WebApplicationException e) {
        if (UNWRAP == null) {
            return e;
        }
        try {
            return (WebApplicationException) UNWRAP.invoke(null, e);
        } catch (IllegalAccessException | InvocationTargetException failed) {
            // RESTEasy's unwrap is a type test and a field read; should it ever fail, the exception is read as it is
            ServerDelays.LOG.log(Level.FINE, failed, () -> "RESTEasy's WebApplicationExceptionWrapper.unwrap failed");
            return e;
        }
    }

    private static Method unwrapMethod() {
        try {
            return Class.forName(RESTEASY_WRAPPER, false, JaxRs.class.getClassLoader())
                    .getMethod("unwrap", WebApplicationException.class);
        } catch (ClassNotFoundException | NoSuchMethodException | LinkageError absent) {
            return null;
        }
    }
}
