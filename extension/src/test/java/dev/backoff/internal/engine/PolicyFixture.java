package dev.backoff.internal.engine;

import dev.backoff.BackoffLimits;
import dev.backoff.BackoffListener;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import dev.backoff.WaitFunction;
import dev.backoff.internal.policy.Policy;
import dev.backoff.internal.policy.PolicyMeter;
import dev.backoff.internal.policy.WaitPlan;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Builds resolved {@link Policy} records for engine tests, as {@code PolicyReader} would from an annotation: times
 * are given in the policy's unit (seconds unless {@link #unitNanos(double)} says otherwise) and turned into
 * nanoseconds by multiplying with the unit, like the reader does. Defaults: EXPO, base 2, factor 1, no cap,
 * jitter NONE, {@code on = {Exception.class}}, no limits, raise on give-up, no listeners.
 */
final class PolicyFixture {

    /** Nanoseconds in one second, the default unit. */
    static final double SECOND = 1e9;

    /** The method the fixture's policies intercept. */
    interface Api {
        String fetch(String id) throws IOException;
    }

    private String name = "";
    private String target = "com.acme.Api.fetch(...)";
    private boolean enabled = true;
    private Class<?>[] on = {Exception.class};
    private Class<?>[] abortOn = {};
    private Predicate<Object> giveup;
    private Predicate<Object> retryIf;
    private Wait strategy = Wait.EXPO;
    private double base = 2;
    private double factor = 1;
    private double maxValue;
    private double[] interval = {1};
    private double initialValue = 1;
    private double decayFactor = 1;
    private double minValue;
    private WaitFunction waitFrom;
    private Jitter jitter = Jitter.NONE;
    private double unitNanos = SECOND;
    private int maxTries;
    private double maxTime;
    private BackoffLimits limits;
    private boolean raiseOnGiveup = true;
    private Object giveupValue;
    private BackoffListener[] listeners = {};

    private PolicyFixture() {
    }

    static PolicyFixture policy() {
        return new PolicyFixture();
    }

    PolicyFixture name(String name) {
        this.name = name;
        return this;
    }

    PolicyFixture target(String target) {
        this.target = target;
        return this;
    }

    PolicyFixture enabled(boolean enabled) {
        this.enabled = enabled;
        return this;
    }

    PolicyFixture on(Class<?>... on) {
        this.on = on;
        return this;
    }

    PolicyFixture abortOn(Class<?>... abortOn) {
        this.abortOn = abortOn;
        return this;
    }

    PolicyFixture giveup(Predicate<Object> giveup) {
        this.giveup = giveup;
        return this;
    }

    PolicyFixture retryIf(Predicate<Object> retryIf) {
        this.retryIf = retryIf;
        return this;
    }

    PolicyFixture strategy(Wait strategy) {
        this.strategy = strategy;
        return this;
    }

    PolicyFixture base(double base) {
        this.base = base;
        return this;
    }

    PolicyFixture factor(double factor) {
        this.factor = factor;
        return this;
    }

    PolicyFixture maxValue(double maxValue) {
        this.maxValue = maxValue;
        return this;
    }

    /** CONSTANT with these interval values. */
    PolicyFixture constant(double... interval) {
        this.strategy = Wait.CONSTANT;
        this.interval = interval;
        return this;
    }

    /** DECAY with these parameters ({@code minValue} 0: no floor). */
    PolicyFixture decay(double initialValue, double decayFactor, double minValue) {
        this.strategy = Wait.DECAY;
        this.initialValue = initialValue;
        this.decayFactor = decayFactor;
        this.minValue = minValue;
        return this;
    }

    /** RUNTIME with this wait function. */
    PolicyFixture waitFrom(WaitFunction waitFrom) {
        this.strategy = Wait.RUNTIME;
        this.waitFrom = waitFrom;
        return this;
    }

    PolicyFixture jitter(Jitter jitter) {
        this.jitter = jitter;
        return this;
    }

    PolicyFixture unitNanos(double unitNanos) {
        this.unitNanos = unitNanos;
        return this;
    }

    PolicyFixture maxTries(int maxTries) {
        this.maxTries = maxTries;
        return this;
    }

    /** In the unit, like the annotation member. */
    PolicyFixture maxTime(double maxTime) {
        this.maxTime = maxTime;
        return this;
    }

    PolicyFixture limits(BackoffLimits limits) {
        this.limits = limits;
        return this;
    }

    /** {@code raiseOnGiveup = false}, returning {@code giveupValue} (what the reader derives from the return type). */
    PolicyFixture returnOnGiveup(Object giveupValue) {
        this.raiseOnGiveup = false;
        this.giveupValue = giveupValue;
        return this;
    }

    PolicyFixture listeners(BackoffListener... listeners) {
        this.listeners = listeners;
        return this;
    }

    /** The factor in nanoseconds, as the wait plan holds it. */
    double factorNanos() {
        return factor * unitNanos;
    }

    double maxValueNanos() {
        return maxValue * unitNanos;
    }

    double unit() {
        return unitNanos;
    }

    WaitPlan waitPlan() {
        double[] scaled = new double[interval.length];
        for (int i = 0; i < interval.length; i++) {
            scaled[i] = interval[i] * unitNanos;
        }
        return new WaitPlan(strategy, base, factor * unitNanos, maxValue * unitNanos, scaled,
                initialValue * unitNanos, decayFactor, minValue * unitNanos, waitFrom, jitter, unitNanos);
    }

    /** A fresh wait sequence of this policy, as one call gets it. */
    Waits waits() {
        return new Waits(waitPlan());
    }

    /** The first {@code n} values of a fresh wait sequence, in nanoseconds, each after a failure {@code outcome}. */
    List<Double> sequence(int n, Object outcome) {
        Waits waits = waits();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(waits.next(outcome));
        }
        return values;
    }

    /** As {@link #sequence(int, Object)} after an {@code IOException}. */
    List<Double> sequence(int n) {
        return sequence(n, new IOException("refused"));
    }

    /** {@code values} (in the unit) in nanoseconds, computed with the same unit factor as the fixture uses. */
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

    Policy build() {
        return new Policy(name, Api.class, method(), target, enabled, on, abortOn, giveup, retryIf, waitPlan(),
                maxTries, (long) (maxTime * unitNanos), limits, raiseOnGiveup, giveupValue, listeners, PolicyMeter.NONE);
    }

    static Method method() {
        try {
            return Api.class.getMethod("fetch", String.class);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
