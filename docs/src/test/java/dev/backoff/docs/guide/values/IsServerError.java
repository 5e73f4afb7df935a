package dev.backoff.docs.guide.values;

import dev.backoff.tck.seed.fakes.Response;

import java.util.function.Predicate;

// region example
public class IsServerError implements Predicate<Response> {
    @Override
    public boolean test(Response response) {
        return response.status() >= 500;
    }
}
// endregion
