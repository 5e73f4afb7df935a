package dev.backoff.event;

/**
 * Why a call gave up ({@link GiveupEvent#reason()}, the WARNING log line, the {@code backoff.giveups} counter). When
 * several hold after one failed attempt, the call gives the first, in the order of the constants here, which is the
 * order SPEC 2.4 checks them in.
 */
public enum GiveupReason {
    /** The attempt was interrupted, or the wait after it was (SPEC 2.9). */
    INTERRUPTED,
    /** The caller's JTA transaction is marked rollback-only: no retry can succeed in it (SPEC 7.4). */
    TRANSACTION_ROLLBACK_ONLY,
    /** The {@code giveup} predicate said so. */
    GIVEUP_PREDICATE,
    /** The attempt was the {@code maxTries}-th. */
    MAX_TRIES,
    /** {@code maxTime} had passed when the attempt started. */
    MAX_TIME,
    /** A {@code CONSTANT} wait with several values has used each of them. */
    WAITS_USED_UP,
    /** The {@code RUNTIME} wait function returned {@code null}. */
    WAIT_FROM_NULL,
    /** The server asked for a wait longer than the time left before {@code maxTime}, or than {@code maxServerDelay}. */
    SERVER_DELAY_TOO_LONG,
    /** The policy's retry budget had no retry left. */
    BUDGET_EXHAUSTED
}
