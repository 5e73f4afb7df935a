package dev.backoff.docs.guide.waits;

import dev.backoff.WaitFunction;
import dev.backoff.tck.seed.fakes.Response;

import java.time.Duration;

// region example
public class RetryAfter implements WaitFunction {
    private static final Duration AT_MOST = Duration.ofMinutes(5);

    @Override
    public Duration waitFor(Object outcome) {
        Response response = (Response) outcome; // retryIf rejected it: a 429
        Duration wait = Duration.ofSeconds(Long.parseLong(response.header("Retry-After").orElse("1")));
        return wait.compareTo(AT_MOST) <= 0 ? wait : null; // null: give up now
    }
}
// endregion
