package dev.backoff.internal.http;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The exceptions and responses of an optional REST API: where they say a server delay, and how a response is released.
 * {@link #NONE} where the API is not on the class path, and its types cannot occur.
 */
interface RestApi {

    RestApi NONE = new RestApi() {
    };

    /** The delay said by the first of these exceptions (a failed attempt's, then its causes) that is the API's. */
    default Optional<Duration> fromExceptions(List<Throwable> chain, Instant now) {
        return Optional.empty();
    }

    /** The delay said by a returned value that is the API's response. */
    default Optional<Duration> fromResponse(Object value, Instant now) {
        return Optional.empty();
    }

    /** Releases a returned value that is the API's response; never throws an exception. */
    default void close(Object value) {
    }
}
