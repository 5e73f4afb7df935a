package dev.backoff.tck.seed.s3;

import dev.backoff.tck.seed.fakes.AwsError;

import java.util.Set;
import java.util.function.Predicate;

// region example
public class NotThrottled implements Predicate<AwsError> {
    private static final Set<String> THROTTLED = Set.of("SlowDown", "RequestLimitExceeded");

    @Override
    public boolean test(AwsError e) {
        return !THROTTLED.contains(e.errorCode());
    }
}
// endregion
