package dev.backoff.tck.seed.customgiveup;

import dev.backoff.Backoff;
import dev.backoff.tck.seed.fakes.Work;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

// region example
@ApplicationScoped
public class Critical {

    @Inject
    Work work;

    @Backoff(listeners = RaiseCustomError.class, maxTries = 5, raiseOnGiveup = false)
    public void criticalOperation() throws Exception {
        work.run();
    }
}
// endregion
