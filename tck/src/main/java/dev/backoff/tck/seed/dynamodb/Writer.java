package dev.backoff.tck.seed.dynamodb;

import dev.backoff.Backoff;
import dev.backoff.tck.seed.fakes.Aws;
import dev.backoff.tck.seed.fakes.AwsError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

// region example
@ApplicationScoped
public class Writer {

    @Inject
    Aws dynamodb;

    @Backoff(on = AwsError.class, giveup = NotThroughputExceeded.class, maxTime = 30)
    public void writeToDynamodb(String tableName, Map<String, Object> item) {
        dynamodb.putItem(tableName, item);
    }
}
// endregion
