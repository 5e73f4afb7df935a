package dev.backoff.docs.python.logging;

import dev.backoff.Backoff;
import dev.backoff.docs.fakes.Work;
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
