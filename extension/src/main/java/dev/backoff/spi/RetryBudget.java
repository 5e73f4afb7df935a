package dev.backoff.spi;

/**
 * One retry budget, shared by every call of every policy that names it: each call deposits when it starts, each retry
 * withdraws. Over a sliding window of {@link BudgetSettings#window()}, the retries allowed are
 * {@code minPerSecond × window + ratio × calls started in the window}. Called from many threads at once:
 * implementations must be thread-safe, and a withdrawal that one thread gets must be seen by every other, so that
 * together they never get more retries than the budget allows.
 */
public interface RetryBudget {

    /**
     * A call starts: its first attempt, never refused. Called on every call of a policy with a budget, on its success
     * path too, so it must be cheap, must not block, and must not throw.
     */
    void deposit();

    /**
     * A call that failed would retry: takes one retry from the budget if it has one.
     *
     * @return {@code true} if the retry may go ahead; {@code false} if the budget is spent, and the call gives up
     */
    boolean tryWithdraw();
}
