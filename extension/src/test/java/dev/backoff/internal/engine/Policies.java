package dev.backoff.internal.engine;

import dev.backoff.Jitter;
import dev.backoff.internal.policy.Policy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static dev.backoff.internal.policy.Members.JITTER;

/**
 * Policies for engine tests: {@link Policy#builder}'s defaults, which are the annotation's, on a method of {@link Api},
 * with one exception, said here once: waits are exact ({@code Jitter.NONE}), since most engine tests check them to the
 * nanosecond; a test of jitter sets the jitter it is about.
 */
final class Policies {

    /** Nanoseconds in one second, the default unit. */
    static final double SECOND = 1e9;

    /** The methods the tests' policies intercept: what a give-up returns depends on the return type. */
    interface Api {
        String fetch(String id) throws IOException;

        int count() throws IOException;

        boolean ready() throws IOException;

        char grade() throws IOException;
    }

    private Policies() {
    }

    /** A builder of a policy on {@code Api.fetch}, jitter NONE. */
    static Policy.Builder policy() {
        return policy("fetch");
    }

    /** A builder of a policy on the method of {@link Api} called {@code name}, jitter NONE. */
    static Policy.Builder policy(String name) {
        return Policy.builder(Api.class, method(name)).label("com.acme.Api." + name + "(...)").set(JITTER, Jitter.NONE);
    }

    static Method method(String name) {
        for (Method method : Api.class.getMethods()) {
            if (method.getName().equals(name)) {
                return method;
            }
        }
        throw new AssertionError("Api has no method " + name);
    }

    /** A fresh wait sequence of {@code policy}, as one call gets it. */
    static Waits waits(Policy.Builder policy) {
        return new Waits(policy.build());
    }

    /** The first {@code n} values of a fresh wait sequence, in nanoseconds, each after a failure {@code outcome}. */
    static List<Double> sequence(Policy.Builder policy, int n, Object outcome) {
        return sequence(policy.build(), n, outcome);
    }

    /** As {@link #sequence(Policy.Builder, int, Object)} of a built policy. */
    static List<Double> sequence(Policy policy, int n, Object outcome) {
        return next(new Waits(policy), n, outcome);
    }

    /** As {@link #sequence(Policy.Builder, int)}, the jitter drawn from a generator seeded with {@code seed}. */
    static List<Double> seeded(Policy.Builder policy, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return next(new Waits(policy.build(), () -> random), n, new IOException("refused"));
    }

    private static List<Double> next(Waits waits, int n, Object outcome) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(waits.next(outcome));
        }
        return values;
    }

    /** As {@link #sequence(Policy.Builder, int, Object)} after an {@code IOException}. */
    static List<Double> sequence(Policy.Builder policy, int n) {
        return sequence(policy.build(), n);
    }

    /** As {@link #sequence(Policy, int, Object)} after an {@code IOException}. */
    static List<Double> sequence(Policy policy, int n) {
        return sequence(policy, n, new IOException("refused"));
    }

    /** {@code values} (in the unit) in nanoseconds, computed with the same unit factor as the builder uses. */
    static List<Double> nanos(double unitNanos, double... values) {
        List<Double> scaled = new ArrayList<>();
        for (double value : values) {
            scaled.add(value * unitNanos);
        }
        return scaled;
    }

    /** {@code values} in seconds, as nanoseconds. */
    static List<Double> seconds(double... values) {
        return nanos(SECOND, values);
    }
}
