package dev.backoff.docs.guide.config;

import dev.backoff.Backoff;
import dev.backoff.tck.seed.fakes.Work;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;

// region example
@ApplicationScoped
public class PaymentClient {

    @Inject
    Work work;

    @Backoff(name = "payments", on = IOException.class, maxTime = 60)
    public void charge(String order) throws Exception {
        work.run();
    }

    @Backoff(name = "payments", on = IOException.class, maxTime = 60)
    public void refund(String order) throws Exception {
        work.run();
    }
}
// endregion
