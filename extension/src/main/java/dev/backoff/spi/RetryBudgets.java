package dev.backoff.spi;

/**
 * The store of retry budgets: one {@link RetryBudget} per budget name, shared by every policy that names it. The
 * default, a CDI bean, keeps each budget in memory, for this JVM only, as a sliding window on the {@link BackoffClock};
 * an {@code @Alternative @Priority} bean replaces it, for example with a budget shared by all the replicas of a service
 * (which then pays a round trip to the shared store on every call, or counts locally and syncs). Called from many
 * threads at once: implementations must be thread-safe.
 */
public interface RetryBudgets {

    /**
     * The budget named {@code name}. The library calls this once per budget name, at startup, before any call, with
     * the settings read for that name, and keeps what it returns; a store asked again for a name it has returns the
     * same budget.
     *
     * @param name     the budget's name (never empty)
     * @param settings its settings, already checked
     */
    RetryBudget budget(String name, BudgetSettings settings);
}
