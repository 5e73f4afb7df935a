package dev.backoff.docs.guide.waits;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import dev.backoff.tck.seed.fakes.Work;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.temporal.ChronoUnit;

/** One method per wait sequence of the guide; every call of each fails until its policy gives up. */
@ApplicationScoped
public class Sequences {

    @Inject
    Work work;

    // region expo
    @Backoff(factor = 100, base = 3, maxValue = 5000, unit = ChronoUnit.MILLIS, jitter = Jitter.NONE, maxTries = 7)
    // endregion
    public void expo() throws Exception {
        work.run();
    }

    // region fibo
    @Backoff(strategy = Wait.FIBO, maxValue = 10, jitter = Jitter.NONE, maxTries = 8)
    // endregion
    public void fibo() throws Exception {
        work.run();
    }

    // region constant
    @Backoff(strategy = Wait.CONSTANT, interval = 2, jitter = Jitter.NONE, maxTries = 4)
    // endregion
    public void constant() throws Exception {
        work.run();
    }

    // region constantList
    @Backoff(strategy = Wait.CONSTANT, interval = {1, 5, 30}, jitter = Jitter.NONE)
    // endregion
    public void constantList() throws Exception {
        work.run();
    }

    // region decay
    @Backoff(strategy = Wait.DECAY, initialValue = 10, decayFactor = 0.5, minValue = 2, jitter = Jitter.NONE,
            maxTries = 6)
    // endregion
    public void decay() throws Exception {
        work.run();
    }

    // region decorrelated
    @Backoff(factor = 0.1, maxValue = 20, jitter = Jitter.DECORRELATED, maxTries = 10)
    // endregion
    public void decorrelated() throws Exception {
        work.run();
    }

    // region maxTime
    @Backoff(maxTime = 10, jitter = Jitter.NONE)
    // endregion
    public void maxTime() throws Exception {
        work.run();
    }
}
