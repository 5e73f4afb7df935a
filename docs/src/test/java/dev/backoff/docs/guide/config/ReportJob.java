package dev.backoff.docs.guide.config;

import dev.backoff.Backoff;
import dev.backoff.tck.seed.fakes.Work;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;

// region example
@ApplicationScoped
public class ReportJob {

    @Inject
    Work work;

    @Backoff(on = IOException.class, maxTime = 60)
    public void run() throws Exception {
        work.run();
    }
}
// endregion
