package dev.backoff.internal.engine;

import dev.backoff.BackoffListener;
import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.SuccessEvent;
import dev.backoff.internal.engine.Observers.Kind;
import dev.backoff.internal.policy.Policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the policy's meter, the {@code dev.backoff} log, then the listeners, then the observers, what a call did
 * (SPEC 2.6, 4). The log
 * comes first, as Python's default handler does, so that a listener that ends the call with its own exception does
 * not hide the line. An event is built only when a listener or an observer will get it.
 */
public final class Notifier {

    private static final Logger LOG = Logger.getLogger("dev.backoff");

    private Observers observers;
    private boolean observed;

    public Notifier(Observers observers) {
        observe(observers);
    }

    /**
     * Sets the observers once the container has resolved them. The interceptor, and so this notifier, can exist
     * before that (a listener bean that injects a {@code @Backoff} bean is made while policies are resolved); no call
     * reaches it before: the policies are published after this, through a volatile write that every call reads first.
     */
    public void observe(Observers resolved) {
        this.observers = resolved;
        this.observed = resolved.hear(Kind.BACKOFF) || resolved.hear(Kind.GIVEUP) || resolved.hear(Kind.SUCCESS);
    }

    /**
     * Whether a listener or an observer hears any event of {@code p}: only then does a call read its arguments,
     * and, without a time limit, the clock.
     */
    boolean listens(Policy p) {
        return observed || p.listeners().length > 0;
    }

    void success(Policy p, Object[] args, int tries, long elapsed, Object value) {
        p.meter().succeeded(tries);
        if (p.listeners().length == 0 && !observers.hear(Kind.SUCCESS)) {
            return;
        }
        SuccessEvent event = new SuccessEvent(p.name(), p.declaringClass(), p.method(), list(args), tries,
                Duration.ofNanos(elapsed), value, null);
        for (BackoffListener listener : p.listeners()) {
            listener.onSuccess(event);
        }
        if (observers.hear(Kind.SUCCESS)) {
            observers.fire(Kind.SUCCESS, event);
        }
    }

    void backoff(Policy p, Object[] args, int tries, long elapsed, Object value, Throwable exception, long wait) {
        p.meter().retried(wait);
        if (LOG.isLoggable(Level.INFO)) {
            LOG.info("Backing off " + p.target() + " for " + seconds(wait) + "s (" + cause(value, exception) + ")");
        }
        if (p.listeners().length > 0 || observers.hear(Kind.BACKOFF)) {
            BackoffEvent event = new BackoffEvent(p.name(), p.declaringClass(), p.method(), list(args), tries,
                    Duration.ofNanos(elapsed), value, exception, Duration.ofNanos(wait));
            for (BackoffListener listener : p.listeners()) {
                listener.onBackoff(event);
            }
            if (observers.hear(Kind.BACKOFF)) {
                observers.fire(Kind.BACKOFF, event);
            }
        }
    }

    /** @param because why, when it is not the policy's own limits: said at the end of the log line */
    void giveup(Policy p, Object[] args, int tries, long elapsed, Object value, Throwable exception, String because) {
        p.meter().gaveUp();
        if (LOG.isLoggable(Level.WARNING)) {
            LOG.warning("Giving up " + p.target() + " after " + tries + (tries == 1 ? " try (" : " tries (")
                    + cause(value, exception) + ")" + (because == null ? "" : ": " + because));
        }
        if (p.listeners().length > 0 || observers.hear(Kind.GIVEUP)) {
            GiveupEvent event = new GiveupEvent(p.name(), p.declaringClass(), p.method(), list(args), tries,
                    Duration.ofNanos(elapsed), value, exception);
            for (BackoffListener listener : p.listeners()) {
                listener.onGiveup(event);
            }
            if (observers.hear(Kind.GIVEUP)) {
                observers.fire(Kind.GIVEUP, event);
            }
        }
    }

    private static List<Object> list(Object[] args) {
        return args == null ? List.of() : Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    private static String cause(Object value, Throwable exception) {
        return exception != null ? exception.toString() : String.valueOf(value);
    }

    /** One decimal, rounded half-even on the binary value, as Python's {@code %.1f} does. */
    static String seconds(long nanos) {
        return new BigDecimal(nanos / 1e9).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }
}
