package dev.backoff.internal.cdi;

import dev.backoff.internal.engine.SlidingWindowBudget;
import dev.backoff.spi.BackoffClock;
import dev.backoff.spi.BudgetSettings;
import dev.backoff.spi.RetryBudget;
import dev.backoff.spi.RetryBudgets;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The default {@link RetryBudgets}: each budget in memory, a {@link SlidingWindowBudget} on the {@link BackoffClock}
 * (so a test's {@code VirtualTime} moves budgets too), one per name. Both extensions register it, as they register
 * {@link SystemClock}; an {@code @Alternative @Priority} bean replaces it.
 */
@Singleton
public class DefaultRetryBudgets implements RetryBudgets {

    private final LongSupplier clock;
    private final Map<String, SlidingWindowBudget> budgets = new ConcurrentHashMap<>();

    @Inject
    public DefaultRetryBudgets(BackoffClock clock) {
        this.clock = clock::nanoTime;
    }

    /** @throws IllegalArgumentException when {@code name} has a budget already, with other settings */
    @Override
    public RetryBudget budget(String name, BudgetSettings settings) {
        Objects.requireNonNull(settings, "settings");
        SlidingWindowBudget budget = budgets.computeIfAbsent(name, n -> new SlidingWindowBudget(settings, clock));
        if (!budget.settings().equals(settings)) {
            throw new IllegalArgumentException("retry budget " + name + " has settings " + budget.settings()
                    + " already; asked again with " + settings);
        }
        return budget;
    }
}
