package dev.backoff.docs.guide.limits;

import dev.backoff.tck.seed.dynamic.Configurable;
import dev.backoff.tck.seed.dynamic.RetryConfig;
import dev.backoff.tck.seed.fakes.Work;
import dev.backoff.docs.BackoffWeld;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** What the guide says of limits that are negative or throw: the call fails before its first attempt. */
@EnableWeld
class LimitsDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(Configurable.class, BrokenConfig.class, Work.class);

    @Inject
    Configurable configurable;

    @Inject
    BrokenConfig config;

    @Inject
    Work work;

    /** The limits of the guide's example, made to fail in the ways the guide describes. */
    @ApplicationScoped
    @Alternative
    @Priority(1)
    public static class BrokenConfig extends RetryConfig {
        private volatile RuntimeException thrown;

        public void failWith(RuntimeException e) {
            thrown = e;
        }

        @Override
        public int maxTries() {
            if (thrown != null) {
                throw thrown;
            }
            return super.maxTries();
        }
    }

    @Test
    void aNegativeOrNullLimitFailsTheCallWithIllegalStateException() {
        config.setMaxTries(-1);
        assertThat(catchThrowable(configurable::configurableRetry)).isInstanceOf(IllegalStateException.class);

        config.setMaxTries(3);
        config.setMaxTime(null);
        assertThat(catchThrowable(configurable::configurableRetry)).isInstanceOf(IllegalStateException.class);
        assertThat(work.runs()).isZero();
    }

    @Test
    void aLimitThatThrowsFailsTheCallWithItsException() {
        UnsupportedOperationException unavailable = new UnsupportedOperationException("limits unavailable");
        config.failWith(unavailable);

        assertThat(catchThrowable(configurable::configurableRetry)).isSameAs(unavailable);
        assertThat(work.runs()).isZero();
    }
}
