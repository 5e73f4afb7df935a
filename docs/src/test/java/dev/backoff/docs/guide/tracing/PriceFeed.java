package dev.backoff.docs.guide.tracing;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.tck.seed.fakes.Work;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class PriceFeed {

    @Inject
    Work work;

    // region example
    @Backoff(name = "prices", maxTries = 3, jitter = Jitter.NONE)
    public void refresh() throws Exception {
        work.run();
    }
    // endregion
}
