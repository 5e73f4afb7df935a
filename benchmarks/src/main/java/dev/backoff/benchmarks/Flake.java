package dev.backoff.benchmarks;

/**
 * The failure of a flaky attempt: one shared instance without a stack trace and without suppression, so that a
 * retry benchmark measures the retry library, not {@code fillInStackTrace} over a deep CDI stack.
 */
public final class Flake extends Exception {

    private static final long serialVersionUID = 1L;

    /** The one instance every flaky attempt throws or fails with. */
    public static final Flake INSTANCE = new Flake();

    private Flake() {
        super("flake", null, false, false);
    }
}
