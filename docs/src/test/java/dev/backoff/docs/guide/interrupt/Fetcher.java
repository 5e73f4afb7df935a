package dev.backoff.docs.guide.interrupt;

import dev.backoff.Backoff;
import dev.backoff.tck.seed.fakes.Work;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;

@ApplicationScoped
public class Fetcher {

    @Inject
    Work work;

    @Backoff(on = IOException.class, maxTries = 5)
    public void fetch() throws Exception {
        work.run();
    }
}
