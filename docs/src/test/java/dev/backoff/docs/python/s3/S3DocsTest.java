package dev.backoff.docs.python.s3;

import dev.backoff.docs.fakes.Aws;
import dev.backoff.docs.fakes.AwsError;
import dev.backoff.spi.VirtualTime;
import dev.backoff.testing.BackoffWeld;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@EnableWeld
class S3DocsTest {

    private static final byte[] DATA = {1, 2, 3};

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(Uploader.class, Aws.class);

    @Inject
    Uploader uploader;

    @Inject
    Aws aws;

    @Inject
    VirtualTime time;

    @Test
    void throttlingIsRetried() {
        aws.script().thenThrow(n -> new AwsError("SlowDown")).thenThrow(n -> new AwsError("RequestLimitExceeded"))
                .thenReturn(null);

        uploader.uploadToS3("reports", "q1.csv", DATA);

        assertThat(aws.stored()).containsOnlyKeys("reports/q1.csv");
        assertThat(time.waits()).hasSize(2);
    }

    @Test
    void anyOtherErrorGivesUpAtOnce() {
        aws.script().thenThrow(n -> new AwsError("AccessDenied"));

        assertThat(catchThrowable(() -> uploader.uploadToS3("secret", "k", DATA))).isSameAs(aws.script().outcome(1));
        assertThat(time.waits()).isEmpty();
    }

    @Test
    void givesUpAfterFiveThrottledTries() {
        aws.script().thenAlwaysThrow(n -> new AwsError("SlowDown"));

        assertThat(catchThrowable(() -> uploader.uploadToS3("big", "k", DATA))).isSameAs(aws.script().outcome(5));
        assertThat(aws.requests()).isEqualTo(5);
    }
}
