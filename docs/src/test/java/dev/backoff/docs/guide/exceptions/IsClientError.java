package dev.backoff.docs.guide.exceptions;

import dev.backoff.tck.seed.fakes.HttpError;

import java.util.function.Predicate;

// region example
public class IsClientError implements Predicate<Throwable> {
    @Override
    public boolean test(Throwable e) {
        return e instanceof HttpError error && error.response().status() < 500;
    }
}
// endregion
