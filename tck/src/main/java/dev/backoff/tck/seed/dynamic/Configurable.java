package dev.backoff.tck.seed.dynamic;

import dev.backoff.Backoff;
import dev.backoff.tck.seed.fakes.Work;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

// region example
@ApplicationScoped
public class Configurable {

    @Inject
    Work work;

    @Backoff(limits = RetryConfig.class)
    public void configurableRetry() throws Exception {
        work.run();
    }
}
// endregion
