package dev.backoff.docs.guide.events;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.tck.seed.fakes.Work;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class Inventory {

    @Inject
    Work work;

    // region example
    @Backoff(name = "inventory", maxTries = 3, jitter = Jitter.NONE)
    public void count(String item) throws Exception {
        work.run();
    }
    // endregion
}
