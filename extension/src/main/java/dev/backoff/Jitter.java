package dev.backoff;

/**
 * How a wait {@code w} from the sequence is randomised, before the {@code maxTime} truncation. Jittered
 * waits are never negative.
 */
public enum Jitter {
    /** Uniform in {@code [0, w]} (Python's {@code full_jitter}, the default). */
    FULL,
    /** {@code w/2} plus uniform in {@code [0, w/2]}. */
    EQUAL,
    /**
     * {@code min(cap, uniform[first, 3 * previous])}: {@code first} is the first value of the sequence,
     * {@code previous} the last jittered wait (initially {@code first}), {@code cap} is {@code maxValue}
     * when set. From "Exponential Backoff And Jitter" (AWS, 2015).
     */
    DECORRELATED,
    /** {@code w} plus uniform in {@code [0, 1)} units (Python's {@code random_jitter}). */
    RANDOM,
    /** Exactly {@code w}. */
    NONE
}
