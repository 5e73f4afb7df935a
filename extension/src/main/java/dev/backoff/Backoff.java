package dev.backoff;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;

/**
 * Retries the annotated method, or every business method of the annotated class, with a wait between
 * attempts: the Java counterpart of Python's {@code backoff.on_exception} and {@code backoff.on_predicate}.
 *
 * <pre>{@code
 * @Backoff(on = IOException.class, maxTime = 60)
 * public Order fetch(String id) { ... }
 * }</pre>
 *
 * <p>Each call starts afresh: its own try counter, clock and wait sequence. An attempt fails when it throws
 * an exception matching {@link #on()} (and not {@link #abortOn()}), or returns a value for which
 * {@link #retryIf()} is true. After a failure the call gives up when {@link #giveup()} says so, when
 * {@link #maxTries()} tries were made, when {@link #maxTime()} has passed at the start of the failed try,
 * or when the wait sequence is used up; otherwise it waits and tries again. On give-up the last exception
 * is rethrown (the same instance), or the last value returned.
 *
 * <p>Every member but the class-valued ones and {@link #name()} can be overridden by MicroProfile Config,
 * so also by environment variables: {@code com.acme.Api/fetch/Backoff/maxTries},
 * {@code Backoff/<name>/maxTries}, {@code Backoff/maxTries}, first found wins. Everything is read and
 * validated once, at startup: a bad annotation or config value fails the deployment with a message naming
 * the class, the method, the member or key, the value and what is accepted.
 *
 * <p>Methods returning {@code CompletionStage} or {@code CompletableFuture} are retried without blocking a
 * thread; every other return type, {@code void} included, retries on the calling thread.
 *
 * <p>Several annotations on one element stack like Python decorators: the first written is the outermost
 * loop. Each then needs a distinct, non-empty {@link #name()}.
 */
@InterceptorBinding
@Inherited
@Documented
@Repeatable(Backoff.List.class)
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Backoff {

    /**
     * Exception types that make an attempt fail and so may be retried; subclasses match. When neither
     * {@code on} nor {@link #retryIf()} is given, this is {@code {Exception.class}}. When only
     * {@code retryIf} is given, every exception propagates at once. An {@link Error} is retried only when
     * {@code Error} or one of its subclasses is listed here. Config: comma-separated class names.
     */
    @Nonbinding Class<? extends Throwable>[] on() default {};

    /**
     * Exception types that end the call at once, even when they also match {@link #on()}: thrown as is,
     * with no listener call, no event and no log line. Config: comma-separated class names.
     */
    @Nonbinding Class<? extends Throwable>[] abortOn() default {};

    /**
     * A {@link Predicate} of the exception: {@code true} gives up at once. It is asked first, on every
     * exception that matched {@link #on()}, the one of the last allowed try included. Default
     * ({@code Predicate.class}): never give up early. If it throws, that exception reaches the caller with
     * the attempt's exception added as suppressed.
     */
    @SuppressWarnings("rawtypes")
    @Nonbinding Class<? extends Predicate> giveup() default Predicate.class;

    /**
     * A {@link Predicate} of the returned value: {@code true} means the value is a failure, to be retried
     * (Python's {@code on_predicate}). On give-up the last value is returned. {@link Falsy} mirrors Python's
     * default predicate. Default ({@code Predicate.class}): every returned value is a success. Not allowed
     * on a {@code void} method.
     */
    @SuppressWarnings("rawtypes")
    @Nonbinding Class<? extends Predicate> retryIf() default Predicate.class;

    /** The wait sequence. Default {@link Wait#EXPO}: {@code factor, factor*base, factor*base^2, ...}. */
    @Nonbinding Wait strategy() default Wait.EXPO;

    /** {@link Wait#EXPO}: the growth factor between waits. Must be greater than zero. */
    @Nonbinding double base() default 2;

    /** {@link Wait#EXPO}: the first wait, in {@link #unit()}. Must be zero or more. */
    @Nonbinding double factor() default 1;

    /**
     * {@link Wait#EXPO}, {@link Wait#FIBO}: the cap on each wait before jitter, in {@link #unit()}.
     * {@code 0} (the default) means no cap; negative is a deployment error.
     */
    @Nonbinding double maxValue() default 0;

    /**
     * {@link Wait#CONSTANT}: the waits, in {@link #unit()}. One value repeats forever; several values are
     * used once each, in order, and then the call gives up. Empty, or a negative value, is a deployment error.
     */
    @Nonbinding double[] interval() default {1};

    /** {@link Wait#DECAY}: the first wait, in {@link #unit()}: {@code initialValue * e^(-n * decayFactor)}. */
    @Nonbinding double initialValue() default 1;

    /** {@link Wait#DECAY}: how fast the waits shrink; zero keeps them constant. Must be zero or more. */
    @Nonbinding double decayFactor() default 1;

    /** {@link Wait#DECAY}: the floor on each wait, in {@link #unit()}. {@code 0} (the default): no floor. */
    @Nonbinding double minValue() default 0;

    /**
     * {@link Wait#RUNTIME}: computes each wait from the failed attempt's value or exception (a
     * {@code Retry-After} header, say); {@code null} gives up. Required with {@code RUNTIME}, refused with
     * any other strategy. Default ({@code WaitFunction.class}): none.
     */
    @Nonbinding Class<? extends WaitFunction> waitFrom() default WaitFunction.class;

    /** How each wait is randomised. Default {@link Jitter#FULL}, as in Python; {@link Jitter#NONE} for exact waits. */
    @Nonbinding Jitter jitter() default Jitter.FULL;

    /**
     * Whether the server decides the wait when it said when to retry: when a failed attempt carries a server delay (its
     * exception, a cause, or its value implements {@code dev.backoff.ServerDelay}; or a JAX-RS
     * {@code WebApplicationException} or {@code Response}, or a {@code java.net.http.HttpResponse}, has a
     * {@code Retry-After}, {@code RateLimit-Reset} or {@code X-RateLimit-Reset} header), the wait is that delay plus a
     * random extra of up to 10% of it (at most one second), instead of the strategy's. A delay longer than the time left
     * before {@link #maxTime()}, or without a {@code maxTime} longer than the config key {@code maxServerDelay} (default
     * five minutes), gives up at once. Not used with {@link Wait#RUNTIME}, where {@link #waitFrom()} decides.
     */
    @Nonbinding boolean retryAfter() default true;

    /** Total calls, the first included. {@code 0} (the default): no limit; {@code 1}: no retry; negative: deployment error. */
    @Nonbinding int maxTries() default 0;

    /**
     * The time after which no new wait starts, in {@link #unit()}, measured from the start of the call to the
     * start of the failed try. The last wait is cut short so as not to pass it. {@code 0} (the default): no
     * limit; negative: deployment error.
     */
    @Nonbinding double maxTime() default 0;

    /** The unit of every time member. {@code NANOS} to {@code DAYS}; longer units are a deployment error. */
    @Nonbinding ChronoUnit unit() default ChronoUnit.SECONDS;

    /**
     * Limits computed at the start of every call (Python's callable {@code max_tries} / {@code max_time});
     * when given, they replace {@link #maxTries()} and {@link #maxTime()}. Before the first attempt, a limit that
     * throws ends the call with its exception, and a negative or {@code null} one with
     * {@link IllegalStateException}.
     * Default ({@code BackoffLimits.class}): none.
     */
    @Nonbinding Class<? extends BackoffLimits> limits() default BackoffLimits.class;

    /**
     * The name of the retry budget this policy's calls share with every policy that names it: each call deposits, each
     * retry withdraws, and a call that would retry when the budget is spent gives up at once. Over a sliding window,
     * the retries allowed are {@code minPerSecond * window + ratio * calls started in the window}, set by the config
     * keys {@code Backoff/budget/<name>/ratio} (default 0.2), {@code minPerSecond} (default 10) and {@code window}
     * (default 10s). The same form as {@link #name()}; empty (the default): no budget.
     */
    @Nonbinding String budget() default "";

    /**
     * {@code false}: when the call gives up on an exception, it returns {@code null} ({@code 0} or
     * {@code false} for a primitive return type) instead of throwing. A value failure always returns the
     * last value.
     */
    @Nonbinding boolean raiseOnGiveup() default true;

    /**
     * Listeners called on each backoff, give-up and success, in the order given, before CDI observers. An
     * exception thrown by a listener ends the call at once and reaches the caller, with the attempt's
     * exception, if any, added as suppressed.
     */
    @Nonbinding Class<? extends BackoffListener>[] listeners() default {};

    /**
     * The policy's name, used in config keys ({@code Backoff/<name>/<member>}), logs (after the method:
     * {@code com.acme.Api.fetch(...) [payments]}), events and metrics (tag {@code policy}).
     * Letters, digits, {@code _}, {@code -} and {@code .}; not a member name. Required on stacked annotations.
     */
    @Nonbinding String name() default "";

    /** Several {@link Backoff} on one element, the first written outermost. */
    @Inherited
    @Documented
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        /** The stacked annotations, outermost first. */
        Backoff[] value();
    }
}
