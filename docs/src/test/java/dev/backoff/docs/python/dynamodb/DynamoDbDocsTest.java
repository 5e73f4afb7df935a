package dev.backoff.docs.python.dynamodb;

import dev.backoff.docs.fakes.Aws;
import dev.backoff.docs.fakes.AwsError;
import dev.backoff.spi.VirtualTime;
import dev.backoff.testing.BackoffWeld;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@EnableWeld
class DynamoDbDocsTest {

    private static final String EXCEEDED = "ProvisionedThroughputExceededException";

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(Writer.class, Aws.class);

    @Inject
    Writer writer;

    @Inject
    Aws aws;

    @Inject
    VirtualTime time;

    @Test
    void throughputExceededIsRetriedForThirtySeconds() {
        aws.script().thenAlwaysThrow(n -> new AwsError(EXCEEDED));

        assertThat(catchThrowable(() -> writer.writeToDynamodb("users", Map.of("pk", "1"))))
                .isSameAs(aws.script().lastOutcome());
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anyOtherErrorIsThrownAtOnce() {
        aws.script().thenThrow(n -> new AwsError("ValidationException"));

        assertThat(catchThrowable(() -> writer.writeToDynamodb("users", Map.of()))).isSameAs(aws.script().outcome(1));
        assertThat(time.waits()).isEmpty();
    }
}
