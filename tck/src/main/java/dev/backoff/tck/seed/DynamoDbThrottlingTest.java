package dev.backoff.tck.seed;

import dev.backoff.Backoff;
import dev.backoff.event.BackoffEvent;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.seed.dynamodb.Writer;
import dev.backoff.tck.seed.fakes.Aws;
import dev.backoff.tck.seed.fakes.AwsError;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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
 * As {@link Writer}, with {@link dev.backoff.tck.seed.dynamodb.NotThroughputExceeded}. Default (full) jitter.
 */
@Spec("seed: DynamoDB with Exponential Backoff")
@Deploy({Writer.class, Aws.class, EventLog.class})
class DynamoDbThrottlingTest {

    private static final String THROUGHPUT_EXCEEDED = "ProvisionedThroughputExceededException";

    @Inject
    Writer writer;

    @Inject
    Aws aws;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    @Test
    void throughputExceededIsRetriedUntilTheItemIsWritten() {
        Map<String, Object> item = Map.of("pk", "user#1", "name", "Ada");
        aws.script().thenThrow(2, n -> new AwsError(THROUGHPUT_EXCEEDED)).thenReturn(null);

        writer.writeToDynamodb("users", item);

        assertThat(aws.requests()).isEqualTo(3);
        assertThat(aws.stored()).containsExactly(Map.entry("users", item));
        assertFullJitter(time.waits(), 1, 2);
    }

    @Test
    void givesUpOnceATryStartsAtThirtySeconds() {
        aws.script().thenAlwaysThrow(n -> new AwsError(THROUGHPUT_EXCEEDED));

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
        aws.script().thenThrow(n -> new AwsError("ValidationException"));

        Throwable thrown = catchThrowable(() -> writer.writeToDynamodb("users", Map.of()));

        assertThat(thrown).isSameAs(aws.script().outcome(1));
        assertThat(aws.requests()).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
        assertThat(aws.stored()).isEmpty();
    }
}
