package dev.backoff.docs.guide.waits;

import dev.backoff.tck.seed.fakes.Response;

import java.util.function.Predicate;

public class IsTooManyRequests implements Predicate<Response> {
    @Override
    public boolean test(Response response) {
        return response.status() == 429;
    }
}
