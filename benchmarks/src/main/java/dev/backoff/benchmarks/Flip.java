package dev.backoff.benchmarks;

/**
 * The state of a flaky call, passed as its argument: each call's first attempt fails, its second succeeds. One per
 * benchmark thread; volatile because an asynchronous retry may make the second attempt on another thread.
 */
public final class Flip {

    private volatile boolean failNext = true;
    private final String value;

    public Flip(String value) {
        this.value = value;
    }

    /** {@code true} for a failing attempt (and arms the next one to succeed), {@code false} for a succeeding one. */
    boolean fails() {
        boolean fail = failNext;
        failNext = !fail;
        return fail;
    }

    String value() {
        return value;
    }
}
