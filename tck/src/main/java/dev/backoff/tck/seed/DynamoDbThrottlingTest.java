package dev.backoff.tck.seed;

import dev.backoff.Backoff;
import dev.backoff.event.BackoffEvent;
import dev.backoff.spi.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static dev.backoff.tck.seed.WaitAssertions.assertElapsedIsTheSumOfEarlierWaits;
import static dev.backoff.tck.seed.WaitAssertions.assertFullJitter;
import static dev.backoff.tck.seed.WaitAssertions.assertFullJitterUnderMaxTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Seed example "DynamoDB with Exponential Backoff":
 * <pre>
 * &#64;backoff.on_exception(
 *     backoff.expo,
 *     ClientError,
 *     giveup=lambda e: e.response['Error']['Code'] != 'ProvisionedThroughputExceededException',
 *     max_time=30
 * )
 * def write_to_dynamodb(table_name, item):
 *     dynamodb = boto3.resource('dynamodb')
 *     table = dynamodb.Table(table_name)
 *     table.put_item(Item=item)
 * </pre>
 * Default (full) jitter.
 */
@Spec("seed: DynamoDB with Exponential Backoff")
@Deploy({DynamoDbThrottlingTest.Writer.class, FakeAws.class, EventLog.class})
class DynamoDbThrottlingTest {

    private static final String THROUGHPUT_EXCEEDED = "ProvisionedThroughputExceededException";

    @Inject
    Writer writer;

    @Inject
    FakeAws aws;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    /** {@code lambda e: e.response['Error']['Code'] != 'ProvisionedThroughputExceededException'} */
    public static class NotThroughputExceeded implements Predicate<AwsClientError> {
        @Override
        public boolean test(AwsClientError e) {
            return !THROUGHPUT_EXCEEDED.equals(e.errorCode());
        }
    }

    @ApplicationScoped
    public static class Writer {

        @Inject
        FakeAws dynamodb;

        @Backoff(on = AwsClientError.class, giveup = NotThroughputExceeded.class, maxTime = 30)
        public void writeToDynamodb(String tableName, Map<String, Object> item) {
            dynamodb.putItem(tableName, item);
        }
    }

    @Test
    void throughputExceededIsRetriedUntilTheItemIsWritten() {
        Map<String, Object> item = Map.of("pk", "user#1", "name", "Ada");
        aws.script().thenThrow(2, n -> new AwsClientError(THROUGHPUT_EXCEEDED)).thenReturn(null);

        writer.writeToDynamodb("users", item);

        assertThat(aws.requests()).isEqualTo(3);
        assertThat(aws.stored()).containsExactly(Map.entry("users", item));
        assertFullJitter(time.waits(), 1, 2);
    }

    @Test
    void givesUpOnceATryStartsAtThirtySeconds() {
        aws.script().thenAlwaysThrow(n -> new AwsClientError(THROUGHPUT_EXCEEDED));

        Throwable thrown = catchThrowable(() -> writer.writeToDynamodb("users", Map.of("pk", "user#2")));

        assertThat(thrown).isSameAs(aws.script().lastOutcome());
        List<BackoffEvent> backoffs = events.backoffs();
        assertThat(aws.requests()).isEqualTo(backoffs.size() + 1);
        assertFullJitterUnderMaxTime(backoffs, n -> Math.pow(2, n), Duration.ofSeconds(30));
        assertElapsedIsTheSumOfEarlierWaits(backoffs);
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(30));
        assertThat(events.giveups()).singleElement().satisfies(g -> {
            assertThat(g.elapsed()).isEqualTo(Duration.ofSeconds(30));
            assertThat(g.exception()).isSameAs(thrown);
        });
    }

    @Test
    void anyOtherErrorCodeIsThrownAtOnce() {
        aws.script().thenThrow(n -> new AwsClientError("ValidationException"));

        Throwable thrown = catchThrowable(() -> writer.writeToDynamodb("users", Map.of()));

        assertThat(thrown).isSameAs(aws.script().outcome(1));
        assertThat(aws.requests()).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
        assertThat(aws.stored()).isEmpty();
    }
}
