package dev.backoff.tck.seed;

import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.seed.fakes.Aws;
import dev.backoff.tck.seed.fakes.AwsError;
import dev.backoff.tck.seed.s3.Uploader;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static dev.backoff.tck.seed.WaitAssertions.assertFullJitter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Seed example "AWS S3 Operations":
 * <pre>
 * def is_throttled(e):
 *     if isinstance(e, ClientError):
 *         return e.response['Error']['Code'] in ['SlowDown', 'RequestLimitExceeded']
 *     return False
 *
 * &#64;backoff.on_exception(backoff.expo, ClientError, giveup=lambda e: not is_throttled(e), max_tries=5)
 * def upload_to_s3(bucket, key, data):
 *     s3 = boto3.client('s3')
 *     s3.put_object(Bucket=bucket, Key=key, Body=data)
 * </pre>
 * As {@link Uploader}, with {@link dev.backoff.tck.seed.s3.NotThrottled}. Default (full) jitter. A {@code void}
 * method: it succeeds by returning at all.
 */
@Spec("seed: AWS S3 Operations")
@Deploy({Uploader.class, Aws.class, EventLog.class})
class S3ThrottlingTest {

    private static final byte[] DATA = "report".getBytes(StandardCharsets.UTF_8);

    @Inject
    Uploader uploader;

    @Inject
    Aws aws;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    @Test
    void throttlingIsRetriedUntilTheUploadGoesThrough() {
        aws.script()
                .thenThrow(n -> new AwsError("SlowDown"))
                .thenThrow(n -> new AwsError("RequestLimitExceeded"))
                .thenReturn(null);

        uploader.uploadToS3("reports", "2024/q1.csv", DATA);

        assertThat(aws.requests()).isEqualTo(3);
        assertThat(aws.stored()).containsOnlyKeys("reports/2024/q1.csv");
        assertThat(aws.stored().get("reports/2024/q1.csv")).isSameAs(DATA);
        assertFullJitter(time.waits(), 1, 2);
        assertThat(events.successes()).singleElement().satisfies(s -> {
            assertThat(s.tries()).isEqualTo(3);
            assertThat(s.value()).isNull();
            assertThat(s.args()).containsExactly("reports", "2024/q1.csv", DATA);
        });
    }

    @Test
    void givesUpAfterFiveThrottledTries() {
        aws.script().thenAlwaysThrow(n -> new AwsError("SlowDown"));

        Throwable thrown = catchThrowable(() -> uploader.uploadToS3("reports", "big.bin", DATA));

        assertThat(thrown).isSameAs(aws.script().lastOutcome());
        assertThat(aws.requests()).isEqualTo(5);
        assertThat(aws.stored()).isEmpty();
        assertFullJitter(time.waits(), 1, 2, 4, 8);
    }

    @Test
    void anyOtherErrorCodeGivesUpAtOnce() {
        aws.script().thenThrow(n -> new AwsError("AccessDenied"));

        Throwable thrown = catchThrowable(() -> uploader.uploadToS3("secret", "k", DATA));

        assertThat(thrown).isSameAs(aws.script().outcome(1));
        assertThat(aws.requests()).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
        assertThat(events.giveups()).singleElement().satisfies(g -> assertThat(g.tries()).isEqualTo(1));
    }

    @Test
    void aNonThrottlingErrorAfterAThrottledTryEndsTheCall() {
        aws.script().thenThrow(n -> new AwsError("SlowDown")).thenThrow(n -> new AwsError("NoSuchBucket"));

        Throwable thrown = catchThrowable(() -> uploader.uploadToS3("gone", "k", DATA));

        assertThat(thrown).isSameAs(aws.script().outcome(2));
        assertThat(aws.requests()).isEqualTo(2);
        assertFullJitter(time.waits(), 1);
    }
}
