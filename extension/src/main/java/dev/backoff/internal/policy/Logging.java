package dev.backoff.internal.policy;

/** What the {@code dev.backoff} log tells of a policy's calls (SPEC 4.3), set by the config-only key {@code logging}. */
public enum Logging {
    /** Every backoff at INFO, every give-up at WARNING. */
    ALL,
    /** The give-ups only. */
    GIVEUP,
    /** Nothing. */
    OFF;

    /** Whether a backoff is logged. */
    public boolean backoffs() {
        return this == ALL;
    }

    /** Whether a give-up is logged. */
    public boolean giveups() {
        return this != OFF;
    }
}
