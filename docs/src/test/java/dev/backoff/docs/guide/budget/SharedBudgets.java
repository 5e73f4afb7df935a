package dev.backoff.docs.guide.budget;

import dev.backoff.spi.BackoffClock;
import dev.backoff.spi.BudgetSettings;
import dev.backoff.spi.RetryBudget;
import dev.backoff.spi.RetryBudgets;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

// region example
/**
 * One budget for all the replicas: each call and each retry is counted in a shared store, in fixed windows. The price:
 * a round trip to the store on every call, and two on every retry.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class SharedBudgets implements RetryBudgets {

    @Inject
    SharedCounters counters;

    @Inject
    BackoffClock clock;

    @Override
    public RetryBudget budget(String name, BudgetSettings settings) {
        long windowMillis = Math.max(1, settings.window().toMillis());
        return new RetryBudget() {
            @Override
            public void deposit() {
                counters.add(key("calls"), 1, settings.window().multipliedBy(2));
            }

            @Override
            public boolean tryWithdraw() {
                long calls = counters.get(key("calls"));
                long retries = counters.add(key("retries"), 1, settings.window().multipliedBy(2));
                return retries <= settings.minRetries() + settings.ratio() * calls;
            }

            /** The counter of this window: the wall clock's time in windows, the same for every replica. */
            private String key(String counter) {
                return "budget:" + name + ":" + counter + ":" + clock.instant().toEpochMilli() / windowMillis;
            }
        };
    }
}
// endregion
