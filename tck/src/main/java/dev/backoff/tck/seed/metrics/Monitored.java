package dev.backoff.tck.seed.metrics;

import dev.backoff.Backoff;
import dev.backoff.tck.seed.fakes.Work;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

// region example
@ApplicationScoped
public class Monitored {

    @Inject
    Work work;

    @Backoff(listeners = RetryMetrics.class, maxTries = 3)
    public void monitoredFunction() throws Exception {
        work.run();
    }
}
// endregion
