package dev.backoff.tck.seed.retryafter;

import dev.backoff.WaitFunction;
import dev.backoff.tck.seed.fakes.Response;

import java.time.Duration;

// region example
public class RetryAfter implements WaitFunction {
    @Override
    public Duration waitFor(Object outcome) {
        Response r = (Response) outcome;
        return Duration.ofSeconds(Integer.parseInt(r.header("Retry-After").orElse("1")));
    }
}
// endregion
