package dev.backoff.internal.engine;

/**
 * How the engine makes one attempt of a call of type {@code C}, and reads its arguments for events. Implemented
 * by stateless singletons, so that handing a call to the engine allocates nothing.
 */
public interface Target<C> {

    /** Makes one attempt. */
    Object attempt(C call) throws Exception;

    /** The call's arguments, read only when an event is built. */
    Object[] arguments(C call);
}
