package dev.backoff.tck.seed.retryafter;

import dev.backoff.tck.seed.fakes.Response;

import java.util.function.Predicate;

// region example
public class IsTooManyRequests implements Predicate<Response> {
    @Override
    public boolean test(Response r) {
        return r.status() == 429;
    }
}
// endregion
