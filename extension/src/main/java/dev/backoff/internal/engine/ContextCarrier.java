package dev.backoff.internal.engine;

/**
 * What an asynchronous call carries from its caller to its later attempts (SPEC 3.7): the caller's CDI request
 * context, where the container lets it be carried to another thread.
 */
public interface ContextCarrier {

    /** Carries nothing. */
    ContextCarrier NONE = () -> null;

    /** On the caller's thread: what to carry, or {@code null} when there is nothing to carry. */
    Carried capture();

    /** A caller's context, captured. */
    interface Carried {

        /** Runs {@code attempts} on this thread with the captured context active. */
        void run(Runnable attempts);
    }
}
