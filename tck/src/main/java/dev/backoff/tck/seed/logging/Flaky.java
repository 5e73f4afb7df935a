package dev.backoff.tck.seed.logging;

import dev.backoff.Backoff;
import dev.backoff.tck.seed.fakes.Work;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

// region example
@ApplicationScoped
public class Flaky {

    @Inject
    Work work;

    @Backoff(listeners = RetryLogging.class, maxTries = 5)
    public void flakyFunction() throws Exception {
        work.run();
    }
}
// endregion
