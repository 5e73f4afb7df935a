package dev.backoff.internal.policy;

import dev.backoff.Jitter;
import dev.backoff.Wait;
import dev.backoff.WaitFunction;

/**
 * The resolved wait members of one policy, every time in nanoseconds. {@code maxValue} and {@code minValue} are
 * {@code 0} when not set.
 */
public record WaitPlan(Wait strategy, double base, double factor, double maxValue, double[] interval,
                       double initialValue, double decayFactor, double minValue, WaitFunction waitFrom,
                       Jitter jitter, double unitNanos) {
}
