package dev.backoff.docs.guide.server;

import dev.backoff.ServerDelay;

import java.time.Duration;
import java.util.Optional;

// region example
/** What an HTTP client the library does not read throws on a 429: it says the server's delay itself. */
public class Throttled extends RuntimeException implements ServerDelay {
    private final Duration retryAfter;

    public Throttled(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    @Override
    public Optional<Duration> serverDelay() {
        return Optional.ofNullable(retryAfter); // empty: the server said nothing, the strategy waits
    }
}
// endregion
