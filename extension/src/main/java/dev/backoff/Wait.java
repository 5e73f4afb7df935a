package dev.backoff;

/** The wait sequence of a {@link Backoff} policy (Python's {@code wait_gen}). Values are in {@link Backoff#unit()}. */
public enum Wait {
    /** {@code factor * base^n}: {@code factor, factor*base, factor*base^2, ...}, capped by {@code maxValue}. */
    EXPO,
    /** Fibonacci: {@code 1, 1, 2, 3, 5, 8, ...}, capped by {@code maxValue}. */
    FIBO,
    /** The {@code interval}: one value forever, or several values once each and then give up. */
    CONSTANT,
    /** {@code initialValue * e^(-n * decayFactor)}, floored at {@code minValue}. */
    DECAY,
    /** Computed by {@code waitFrom} from each failed attempt's value or exception. */
    RUNTIME
}
