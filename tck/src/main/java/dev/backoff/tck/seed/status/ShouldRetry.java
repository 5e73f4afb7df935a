package dev.backoff.tck.seed.status;

import dev.backoff.tck.seed.fakes.Response;

import java.util.function.Predicate;

// region example
public class ShouldRetry implements Predicate<Response> {
    @Override
    public boolean test(Response response) {
        // retry on 5xx and 429, but not 4xx
        return response.status() >= 500 || response.status() == 429;
    }
}
// endregion
