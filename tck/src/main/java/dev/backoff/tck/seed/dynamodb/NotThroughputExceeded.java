package dev.backoff.tck.seed.dynamodb;

import dev.backoff.tck.seed.fakes.AwsError;

import java.util.function.Predicate;

// region example
public class NotThroughputExceeded implements Predicate<AwsError> {
    @Override
    public boolean test(AwsError e) {
        return !e.errorCode().equals("ProvisionedThroughputExceededException");
    }
}
// endregion
