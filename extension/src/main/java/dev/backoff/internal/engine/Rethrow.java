package dev.backoff.internal.engine;

/** Throws what an attempt threw exactly as it was, checked or not, never wrapped. */
final class Rethrow {

    private Rethrow() {
    }

    /** {@code throw Rethrow.<Exception>unchecked(t)} rethrows {@code t} itself, whatever its type. */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> T unchecked(Throwable t) throws T {
        throw (T) t;
    }

    /**
     * Returns {@code thrown} with the attempt's {@code failure} added as suppressed, so that when user code ends a
     * call with its own exception, the attempt's exception is not lost; unless {@code thrown} already holds it as
     * a cause, or is it.
     */
    static Throwable keeping(Throwable thrown, Throwable failure) {
        if (failure != null && !causedBy(thrown, failure)) {
            thrown.addSuppressed(failure);
        }
        return thrown;
    }

    /** Whether {@code failure} is {@code thrown} or in its cause chain: then it is kept already. */
    private static boolean causedBy(Throwable thrown, Throwable failure) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t == failure) {
                return true;
            }
        }
        return false;
    }
}
