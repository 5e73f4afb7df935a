package dev.backoff.internal.policy;

import dev.backoff.BackoffLimits;
import dev.backoff.BackoffListener;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import dev.backoff.WaitFunction;
import dev.backoff.spi.RetryBudget;

import java.lang.reflect.Method;
import java.util.function.Predicate;

/**
 * One {@code @Backoff} layer, fully resolved at startup from the annotation and config: nothing in it is looked up on
 * the call path. Made only by a {@link Builder}, whose defaults are the annotation's; the arrays are the policy's own
 * and never changed. A {@code maxValue}, {@code minValue}, {@code maxTries} or {@code maxTimeNanos} of 0 is "none".
 *
 * @param name           the policy's name, or {@code ""}
 * @param declaringClass the class that declares the annotation
 * @param method         the intercepted method
 * @param label          the method as logs show it: {@code com.acme.Api.fetch(...)}, then {@code [name]} if it has one
 * @param enabled        {@code false}: one attempt, no retry
 * @param on             exception types that fail an attempt, the default {@code Exception} filled in
 * @param abortOn        exception types that end the call at once
 * @param giveup         the give-up predicate of the exception, or {@code null}
 * @param retryIf        the value failure predicate, or {@code null}
 * @param strategy       the wait sequence; the members below are its parameters, times in nanoseconds
 * @param waitFrom       the RUNTIME wait function, or {@code null}
 * @param retryAfter     whether a server delay decides the wait (SPEC 2.5); never with {@code RUNTIME}
 * @param maxServerDelayNanos the longest server delay waited for where no {@code maxTime} bounds it
 * @param jitter         how each wait is randomised
 * @param unitNanos      nanoseconds in the policy's unit
 * @param maxTries       total attempts, 0 for no limit
 * @param maxTimeNanos   the time limit, 0 for none
 * @param limits         per-call limits replacing {@code maxTries} and {@code maxTimeNanos}, or {@code null}
 * @param budgetName     the retry budget's name, or {@code ""} for none
 * @param budget         that budget, or {@code null} for none
 * @param raiseOnGiveup  {@code false}: an exception give-up returns {@code giveupValue}
 * @param logging        what the {@code dev.backoff} log tells of the policy's calls
 * @param giveupValue    what an exception give-up returns when not raising: {@code null} or the return type's zero
 * @param listeners      the listeners, in declared order
 * @param meter          what the policy counts
 */
public record Policy(String name, Class<?> declaringClass, Method method, String label, boolean enabled,
                     Class<?>[] on, Class<?>[] abortOn, Predicate<Object> giveup, Predicate<Object> retryIf,
                     Wait strategy, double base, double factor, double maxValue, double[] interval,
                     double initialValue, double decayFactor, double minValue, WaitFunction waitFrom,
                     boolean retryAfter, long maxServerDelayNanos, Jitter jitter, double unitNanos, int maxTries,
                     long maxTimeNanos, BackoffLimits limits, String budgetName, RetryBudget budget,
                     boolean raiseOnGiveup, Logging logging,
                     Object giveupValue, BackoffListener[] listeners, PolicyMeter meter) {

    /** A builder of a policy for {@code method}, declared by {@code declaringClass}, every member at its default. */
    public static Builder builder(Class<?> declaringClass, Method method) {
        return new Builder(declaringClass, method);
    }

    /** The policy as metrics tag it: its name, or {@code com.acme.Api.fetch} when it has none. */
    public String meterName() {
        return meterName(name, declaringClass, method);
    }

    static String meterName(String name, Class<?> declaringClass, Method method) {
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

    private static Object zeroOf(Class<?> type) {
        if (!type.isPrimitive() || type == void.class) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        return switch (type.getName()) {
            case "byte" -> (byte) 0;
            case "short" -> (short) 0;
            case "int" -> 0;
            case "long" -> 0L;
            case "float" -> 0f;
            default -> 0d;
        };
    }

    /**
     * Builds a {@link Policy}. Every member starts at the annotation's default, by construction: the defaults are
     * read from {@link Members}, which reads them from {@code @Backoff} itself. A member is set with
     * {@link #set(Member, Object)}, which checks the value against the member's rule, or with {@link #time} for a
     * time in the unit set so far (SECONDS until {@code set(Members.UNIT, ...)}); the class-valued members' instances
     * with their own setters.
     */
    public static final class Builder {

        // set by the members of the table (Members), each through its own setter there
        String name;
        final Class<?> declaringClass;
        final Method method;
        String label;
        boolean enabled;
        Class<?>[] on;
        Class<?>[] abortOn;
        Class<?> giveupType;
        Class<?> retryIfType;
        Wait strategy;
        double base;
        double factor;
        double maxValue;
        double[] interval;
        double initialValue;
        double decayFactor;
        double minValue;
        Class<?> waitFromType;
        Jitter jitter;
        boolean retryAfter;
        long maxServerDelayNanos;
        int maxTries;
        long maxTimeNanos;
        double unitNanos;
        Class<?> limitsType;
        String budgetName;
        boolean raiseOnGiveup;
        Logging logging;
        Class<?>[] listenerTypes;
        // the instances the class-valued members name, made when the policy is bound
        Predicate<Object> giveup;
        Predicate<Object> retryIf;
        WaitFunction waitFrom;
        BackoffLimits limits;
        BackoffListener[] listeners = {};
        RetryBudget budget;
        PolicyMeter meter = PolicyMeter.NONE;

        private Builder(Class<?> declaringClass, Method method) {
            this.declaringClass = declaringClass;
            this.method = method;
            this.label = method.getDeclaringClass().getName() + "." + method.getName() + "(...)";
            for (Member<?> member : Members.ALL) {
                setDefault(member);
            }
        }

        private <T> void setDefault(Member<T> member) {
            member.set(this, member.defaultValue());
        }

        /** Sets {@code member} to {@code value}, as the policy holds it (times in nanoseconds). */
        public <T> Builder set(Member<T> member, T value) {
            if (!member.valid(value)) {
                throw new IllegalArgumentException(member.name() + " = " + Member.shown(value) + " is not valid;"
                        + " accepted: " + member.accepted());
            }
            member.set(this, value);
            return this;
        }

        /**
         * Sets the time {@code member} to {@code value} in the unit set so far, as the annotation's time members are
         * in its unit.
         */
        public Builder time(Member<Double> member, double value) {
            return set(member, value * unitNanos);
        }

        /** {@code CONSTANT} with these waits, in the unit set so far. */
        public Builder constant(double... interval) {
            double[] nanos = new double[interval.length];
            for (int i = 0; i < interval.length; i++) {
                nanos[i] = interval[i] * unitNanos;
            }
            return set(Members.STRATEGY, Wait.CONSTANT).set(Members.INTERVAL, nanos);
        }

        /** {@code DECAY} with these members, the times in the unit set so far. */
        public Builder decay(double initialValue, double decayFactor, double minValue) {
            return set(Members.STRATEGY, Wait.DECAY).time(Members.INITIAL_VALUE, initialValue)
                    .set(Members.DECAY_FACTOR, decayFactor).time(Members.MIN_VALUE, minValue);
        }

        /** The method as logs show it, before the name. */
        public Builder label(String label) {
            this.label = label;
            return this;
        }

        @SuppressWarnings("unchecked")
        public Builder giveup(Predicate<?> giveup) {
            this.giveup = (Predicate<Object>) giveup;
            return this;
        }

        @SuppressWarnings("unchecked")
        public Builder retryIf(Predicate<?> retryIf) {
            this.retryIf = (Predicate<Object>) retryIf;
            return this;
        }

        /** {@code RUNTIME} with this wait function. */
        public Builder waitFrom(WaitFunction waitFrom) {
            this.waitFrom = waitFrom;
            return set(Members.STRATEGY, Wait.RUNTIME);
        }

        public Builder limits(BackoffLimits limits) {
            this.limits = limits;
            return this;
        }

        public Builder listeners(BackoffListener... listeners) {
            this.listeners = listeners.clone();
            return this;
        }

        /** The retry budget {@link #budgetName()} names, from the application's store. */
        public Builder budget(RetryBudget budget) {
            this.budget = budget;
            return this;
        }

        /** The retry budget's name, or {@code ""} for none. */
        public String budgetName() {
            return budgetName;
        }

        /** What the policy counts. */
        public Builder meter(PolicyMeter meter) {
            this.meter = meter;
            return this;
        }

        /** The policy as metrics tag it: see {@link Policy#meterName()}. */
        public String meterName() {
            return Policy.meterName(name, declaringClass, method);
        }

        public Policy build() {
            // SPEC 1.1: neither on nor retryIf given means every Exception
            Class<?>[] failures = on.length == 0 && retryIf == null ? new Class<?>[] {Exception.class} : on.clone();
            return new Policy(name, declaringClass, method, name.isEmpty() ? label : label + " [" + name + "]",
                    enabled, failures, abortOn.clone(), giveup, retryIf, strategy, base, factor, maxValue,
                    interval.clone(), initialValue, decayFactor, minValue, waitFrom,
                    retryAfter && strategy != Wait.RUNTIME, maxServerDelayNanos, jitter, unitNanos, maxTries,
                    maxTimeNanos, limits, budgetName, budget, raiseOnGiveup, logging, zeroOf(method.getReturnType()), listeners.clone(),
                    meter);
        }
    }
}
