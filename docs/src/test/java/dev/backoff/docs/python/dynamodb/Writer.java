package dev.backoff.docs.python.dynamodb;

import dev.backoff.Backoff;
import dev.backoff.docs.fakes.Aws;
import dev.backoff.docs.fakes.AwsError;
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
