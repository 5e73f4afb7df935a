package dev.backoff.docs.python.customgiveup;

import dev.backoff.docs.fakes.Work;
import dev.backoff.testing.BackoffWeld;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@EnableWeld
class CustomExceptionOnGiveupDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(Critical.class, Work.class);

    @Inject
    Critical critical;

    @Inject
    Work work;

    @Test
    void theCallerGetsTheListenersExceptionWithTheLastFailureSuppressed() {
        work.script().thenAlwaysThrow(n -> new Exception("failure " + n));

        Throwable thrown = catchThrowable(critical::criticalOperation);

        assertThat(thrown).isInstanceOf(RetryExhaustedError.class).hasMessage("Failed after 5 attempts");
        assertThat(thrown.getSuppressed()).containsExactly((Throwable) work.script().outcome(5));
    }
}
