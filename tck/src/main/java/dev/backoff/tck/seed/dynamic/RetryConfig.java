package dev.backoff.tck.seed.dynamic;

import dev.backoff.BackoffLimits;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

// region example
@ApplicationScoped
public class RetryConfig implements BackoffLimits {
    private volatile Duration maxTime = Duration.ofSeconds(60);
    private volatile int maxTries = 5;

    @Override
    public Duration maxTime() {
        return maxTime;
    }

    @Override
    public int maxTries() {
        return maxTries;
    }

    public void setMaxTime(Duration maxTime) {
        this.maxTime = maxTime;
    }

    public void setMaxTries(int maxTries) {
        this.maxTries = maxTries;
    }
}
// endregion
