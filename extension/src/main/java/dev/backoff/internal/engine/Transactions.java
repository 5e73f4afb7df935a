package dev.backoff.internal.engine;

/** The caller's JTA transaction, as the sync loop sees it (SPEC 7.4). */
public interface Transactions {

    /** No JTA here: never doomed. */
    Transactions NONE = () -> false;

    /**
     * Whether the calling thread runs in a transaction that is marked rollback-only: no retry can succeed in it,
     * since it can only roll back.
     */
    boolean rollbackOnly();
}
