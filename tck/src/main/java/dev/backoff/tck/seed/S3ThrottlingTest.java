package dev.backoff.tck.seed;

import dev.backoff.Backoff;
import dev.backoff.spi.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Predicate;

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
 * Default (full) jitter. A {@code void} method: it succeeds by returning at all.
 */
@Spec("seed: AWS S3 Operations")
@Deploy({S3ThrottlingTest.Uploader.class, FakeAws.class, EventLog.class})
class S3ThrottlingTest {

    private static final byte[] DATA = "report".getBytes(StandardCharsets.UTF_8);

    @Inject
    Uploader uploader;

    @Inject
    FakeAws aws;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    /** {@code lambda e: not is_throttled(e)} */
    public static class NotThrottled implements Predicate<Throwable> {
        private static final Set<String> THROTTLED = Set.of("SlowDown", "RequestLimitExceeded");

        @Override
        public boolean test(Throwable e) {
            return !(e instanceof AwsClientError error && THROTTLED.contains(error.errorCode()));
        }
    }

    @ApplicationScoped
    public static class Uploader {

        @Inject
        FakeAws s3;

        @Backoff(on = AwsClientError.class, giveup = NotThrottled.class, maxTries = 5)
        public void uploadToS3(String bucket, String key, byte[] data) {
            s3.putObject(bucket, key, data);
        }
    }

    @Test
    void throttlingIsRetriedUntilTheUploadGoesThrough() {
        aws.script()
                .thenThrow(n -> new AwsClientError("SlowDown"))
                .thenThrow(n -> new AwsClientError("RequestLimitExceeded"))
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
        aws.script().thenAlwaysThrow(n -> new AwsClientError("SlowDown"));

        Throwable thrown = catchThrowable(() -> uploader.uploadToS3("reports", "big.bin", DATA));

        assertThat(thrown).isSameAs(aws.script().lastOutcome());
        assertThat(aws.requests()).isEqualTo(5);
        assertThat(aws.stored()).isEmpty();
        assertFullJitter(time.waits(), 1, 2, 4, 8);
    }

    @Test
    void anyOtherErrorCodeGivesUpAtOnce() {
        aws.script().thenThrow(n -> new AwsClientError("AccessDenied"));

        Throwable thrown = catchThrowable(() -> uploader.uploadToS3("secret", "k", DATA));

        assertThat(thrown).isSameAs(aws.script().outcome(1));
        assertThat(aws.requests()).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
        assertThat(events.giveups()).singleElement().satisfies(g -> assertThat(g.tries()).isEqualTo(1));
    }

    @Test
    void aNonThrottlingErrorAfterAThrottledTryEndsTheCall() {
        aws.script().thenThrow(n -> new AwsClientError("SlowDown")).thenThrow(n -> new AwsClientError("NoSuchBucket"));

        Throwable thrown = catchThrowable(() -> uploader.uploadToS3("gone", "k", DATA));

        assertThat(thrown).isSameAs(aws.script().outcome(2));
        assertThat(aws.requests()).isEqualTo(2);
        assertFullJitter(time.waits(), 1);
    }
}
