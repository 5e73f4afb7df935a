package dev.backoff.internal.engine;

import dev.backoff.testing.VirtualTime;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fake call whose attempts follow a script: each outcome that is a {@link Throwable} is thrown, anything else is
 * returned. An attempt beyond the script fails the test. Optionally each attempt "takes" some virtual time. The
 * engine's own {@link Target}, without a container: not the TCK's {@code Script} of a fake upstream bean, which this
 * module's tests cannot use (the TCK depends on this module).
 */
final class Scripted {

    /** The engine's view of a scripted call. */
    static final Target<Scripted> TARGET = new Target<>() {
        @Override
        public Object attempt(Scripted call) throws Exception {
            return call.attempt();
        }

        @Override
        public Object[] arguments(Scripted call) {
            return call.args;
        }
    };

    private final List<Object> outcomes;
    private final List<Duration> startedAt = new ArrayList<>();
    private Object[] args = {"id-7"};
    private VirtualTime time;
    private Duration eachTakes = Duration.ZERO;

    private Scripted(List<Object> outcomes) {
        this.outcomes = outcomes;
    }

    /** Attempt i throws or returns {@code outcomes[i]}. */
    static Scripted of(Object... outcomes) {
        return new Scripted(Arrays.asList(outcomes));
    }

    /** {@code n} attempts that each throw a new {@code IOException("failure i")}, i from 1. */
    static Scripted failing(int n) {
        return of(failures(n));
    }

    /** {@code n} attempts that throw, then one that returns {@code value}. */
    static Scripted failingThenReturning(int n, Object value) {
        Object[] outcomes = Arrays.copyOf(failures(n), n + 1);
        outcomes[n] = value;
        return of(outcomes);
    }

    private static Object[] failures(int n) {
        Object[] failures = new Object[n];
        for (int i = 0; i < n; i++) {
            failures[i] = new IOException("failure " + (i + 1));
        }
        return failures;
    }

    /** Each attempt moves {@code time} forward by {@code duration}; the attempts' start times are recorded. */
    Scripted taking(VirtualTime time, Duration duration) {
        this.time = time;
        this.eachTakes = duration;
        return this;
    }

    Scripted withArgs(Object... args) {
        this.args = args;
        return this;
    }

    /** The outcome scripted for attempt {@code i}, from 1. */
    Object outcome(int i) {
        return outcomes.get(i - 1);
    }

    /** The exception scripted for attempt {@code i}, from 1. */
    Throwable thrown(int i) {
        return (Throwable) outcome(i);
    }

    int attempts() {
        return startedAt.size();
    }

    /** When each attempt started, on the clock given to {@link #taking}. */
    List<Duration> startTimes() {
        return List.copyOf(startedAt);
    }

    private Object attempt() throws Exception {
        int i = startedAt.size();
        startedAt.add(time == null ? Duration.ZERO : time.now());
        if (i >= outcomes.size()) {
            throw new AssertionError("attempt " + (i + 1) + " is not in the script of " + outcomes.size());
        }
        if (time != null) {
            time.advance(eachTakes);
        }
        Object outcome = outcomes.get(i);
        if (outcome instanceof Throwable t) {
            throw Scripted.<Exception>sneaky(t);
        }
        return outcome;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
