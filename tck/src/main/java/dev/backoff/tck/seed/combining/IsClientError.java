package dev.backoff.tck.seed.combining;

import dev.backoff.tck.seed.fakes.HttpError;

import java.util.function.Predicate;

// region example
public class IsClientError implements Predicate<HttpError> {
    @Override
    public boolean test(HttpError e) {
        return e.response().status() >= 400 && e.response().status() < 500;
    }
}
// endregion
