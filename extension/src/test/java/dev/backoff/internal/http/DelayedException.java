package dev.backoff.internal.http;

import dev.backoff.ServerDelay;

import java.time.Duration;
import java.util.Optional;

/** An HTTP client's exception that says the server's delay itself, as {@link ServerDelay} lets it. */
class DelayedException extends RuntimeException implements ServerDelay {

    private final Optional<Duration> delay;

    DelayedException(Optional<Duration> delay) {
        super("503 Service Unavailable");
        this.delay = delay;
    }

    DelayedException(Duration delay) {
        this(Optional.of(delay));
    }

    @Override
    public Optional<Duration> serverDelay() {
        return delay;
    }
}
