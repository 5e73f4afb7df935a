package dev.backoff.internal.engine;

import dev.backoff.internal.policy.Policy;

/** One {@code @Backoff} layer's loop: {@link SyncRetry} returns the value, {@link AsyncRetry} a future of it. */
public interface RetryLoop {

    /** Runs {@code call} under {@code policy}, each attempt made by {@code target}. */
    <C> Object call(Policy policy, C call, Target<C> target) throws Exception;
}
