package dev.backoff.tck.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * What a fake upstream does on each call, written in advance: return this, throw that, then the same forever.
 * Every outcome is a fresh object made for its call (the call number, from 1, is passed to the step), and is kept,
 * so that a test can check that the caller got the very instance the upstream produced. Thread-safe.
 *
 * @param <T> what the upstream returns
 * @param <E> what it throws
 */
public final class Script<T, E extends Exception> {

    private final List<IntFunction<Object>> steps = new ArrayList<>();
    private final List<Object> outcomes = new ArrayList<>();
    private IntFunction<Object> forever;

    /** The next call returns {@code value}. */
    public synchronized Script<T, E> thenReturn(T value) {
        steps.add(call -> value);
        return this;
    }

    /** The next call throws what {@code failure} makes for it. */
    public synchronized Script<T, E> thenThrow(IntFunction<? extends E> failure) {
        steps.add(failure::apply);
        return this;
    }

    /** The next {@code times} calls throw what {@code failure} makes for each. */
    public synchronized Script<T, E> thenThrow(int times, IntFunction<? extends E> failure) {
        for (int i = 0; i < times; i++) {
            thenThrow(failure);
        }
        return this;
    }

    /** Once the steps are used up, every call returns what {@code value} makes for it. */
    public synchronized Script<T, E> thenAlwaysReturn(IntFunction<? extends T> value) {
        forever = value::apply;
        return this;
    }

    /** Once the steps are used up, every call throws what {@code failure} makes for it. */
    public synchronized Script<T, E> thenAlwaysThrow(IntFunction<? extends E> failure) {
        forever = failure::apply;
        return this;
    }

    /** Plays the next step: returns its value or throws its exception. */
    @SuppressWarnings("unchecked")
    public T next() throws E {
        Object outcome;
        synchronized (this) {
            int call = outcomes.size() + 1;
            IntFunction<Object> step = call <= steps.size() ? steps.get(call - 1) : forever;
            if (step == null) {
                throw new AssertionError("the script has " + steps.size() + " steps, but call " + call + " was made");
            }
            try {
                outcome = step.apply(call);
            } catch (RuntimeException | Error thrownByStep) {
                outcome = thrownByStep; // a step may also throw what it makes, an Error say
            }
            outcomes.add(outcome);
        }
        if (outcome instanceof Error error) {
            throw error;
        }
        if (outcome instanceof Exception) {
            throw (E) outcome;
        }
        return (T) outcome;
    }

    /** How many calls were made. */
    public synchronized int calls() {
        return outcomes.size();
    }

    /** What call {@code n} (from 1) returned or threw. */
    public synchronized Object outcome(int n) {
        return outcomes.get(n - 1);
    }

    /** What the last call returned or threw. */
    public synchronized Object lastOutcome() {
        return outcomes.get(outcomes.size() - 1);
    }

    /** Every outcome so far, in call order. */
    public synchronized List<Object> outcomes() {
        return List.copyOf(outcomes);
    }
}
