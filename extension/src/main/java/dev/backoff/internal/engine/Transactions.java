package dev.backoff.internal.engine;

/** The caller's JTA transaction, as the sync loop sees it (SPEC 7.4). */
public interface Transactions {

    /** No JTA here, or not the caller's thread: never doomed. */
    Transactions NONE = () -> false;

    /** What the give-up line says when the caller's transaction is doomed (SPEC 7.4). */
    String ROLLBACK_ONLY = "the transaction it runs in is marked rollback-only, so no retry can succeed in it; put"
            + " @Transactional inside @Backoff (a method it calls, or a higher interceptor priority) so that each"
            + " attempt has a transaction of its own";

    /**
     * Whether the calling thread runs in a transaction that is marked rollback-only: no retry can succeed in it,
     * since it can only roll back.
     */
    boolean rollbackOnly();
}
