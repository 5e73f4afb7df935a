package dev.backoff.internal.policy;

import dev.backoff.BackoffLimits;
import dev.backoff.BackoffListener;

import java.lang.reflect.Method;
import java.util.function.Predicate;

/**
 * One {@code @Backoff} layer, fully resolved at startup from the annotation and config: nothing in it is looked
 * up on the call path. Times are in nanoseconds; absent class members are {@code null}.
 *
 * @param name          the policy's name, or {@code ""}
 * @param declaringClass the class that declares the annotation
 * @param method        the intercepted method
 * @param target        the method as logs show it: {@code com.acme.Api.fetch(...)}, then {@code [name]} if it has one
 * @param enabled       {@code false}: one attempt, no retry
 * @param on            exception types that fail an attempt (the default {@code Exception} already filled in)
 * @param abortOn       exception types that end the call at once
 * @param giveup        the give-up predicate of the exception, or {@code null}
 * @param retryIf       the value failure predicate, or {@code null}
 * @param waits         the wait sequence and jitter
 * @param maxTries      total attempts, 0 for no limit
 * @param maxTimeNanos  the time limit, 0 for none
 * @param limits        per-call limits replacing {@code maxTries} and {@code maxTimeNanos}, or {@code null}
 * @param raiseOnGiveup {@code false}: an exception give-up returns {@link #giveupValue()}
 * @param giveupValue   what an exception give-up returns when not raising: {@code null} or a primitive zero
 * @param listeners     the listeners, in declared order
 * @param meter         what the policy counts
 */
public record Policy(String name, Class<?> declaringClass, Method method, String target, boolean enabled,
                     Class<?>[] on, Class<?>[] abortOn, Predicate<Object> giveup, Predicate<Object> retryIf,
                     WaitPlan waits, int maxTries, long maxTimeNanos, BackoffLimits limits, boolean raiseOnGiveup,
                     Object giveupValue, BackoffListener[] listeners, PolicyMeter meter) {

    /** This policy, counting with {@code meter}. */
    public Policy withMeter(PolicyMeter meter) {
        return new Policy(name, declaringClass, method, target, enabled, on, abortOn, giveup, retryIf, waits, maxTries,
                maxTimeNanos, limits, raiseOnGiveup, giveupValue, listeners, meter);
    }

    /** The policy as metrics tag it: its name, or {@code com.acme.Api.fetch} when it has none. */
    public String meterName() {
        return name.isEmpty() ? declaringClass.getName() + "." + method.getName() : name;
    }

    /**
     * Whether {@code failure} ends the call at once, without retry, listener or event: it matches {@code abortOn}, or
     * it does not match {@code on} and is no interrupt (an interrupt ends the call as a give-up, see
     * {@link #interrupts}).
     */
    public boolean aborts(Throwable failure) {
        Throwable thrown = unwrapped(failure);
        return isAny(thrown, abortOn) || !(isAny(thrown, on) || thrown instanceof InterruptedException);
    }

    /**
     * What the method threw, when the container wrapped it: {@code InvocationContext.proceed()} throws only
     * {@code Exception}s and {@code Error}s, so a container that calls the method reflectively (Weld) wraps a
     * {@code Throwable} that is neither in a {@code RuntimeException} of its own. Matched as the method's own
     * throwable (SPEC 1.1: not retried by default); the caller gets what the container made of it, as it would
     * without {@code @Backoff}.
     */
    private static Throwable unwrapped(Throwable failure) {
        Throwable cause = failure.getCause();
        return failure instanceof RuntimeException && cause != null && !(cause instanceof Exception)
                && !(cause instanceof Error) ? cause : failure;
    }

    /**
     * SPEC 1.1: whether {@code failure} is an interrupt that ends the call as a give-up: an
     * {@code InterruptedException}, unless {@code on} lists {@code InterruptedException} (or a subtype) itself, for
     * a method that really means to retry it. {@code Exception} in {@code on} does not count.
     */
    public boolean interrupts(Throwable failure) {
        if (!(failure instanceof InterruptedException)) {
            return false;
        }
        for (Class<?> type : on) {
            if (InterruptedException.class.isAssignableFrom(type) && type.isInstance(failure)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAny(Throwable failure, Class<?>[] types) {
        boolean error = failure instanceof Error;
        for (Class<?> type : types) {
            // SPEC 1.1: an Error is retried only when an Error type is listed, never through Throwable
            if (type.isInstance(failure) && (!error || Error.class.isAssignableFrom(type))) {
                return true;
            }
        }
        return false;
    }
}
