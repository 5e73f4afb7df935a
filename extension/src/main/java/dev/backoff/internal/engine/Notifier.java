package dev.backoff.internal.engine;

import dev.backoff.BackoffListener;
import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.GiveupReason;
import dev.backoff.event.SuccessEvent;
import dev.backoff.internal.engine.Observers.Kind;
import dev.backoff.internal.policy.Policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
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
        if (hears(p, Kind.SUCCESS)) {
            tell(p, Kind.SUCCESS, BackoffListener::onSuccess, new SuccessEvent(p.name(), p.declaringClass(),
                    p.method(), list(args), tries, Duration.ofNanos(elapsed), value, null));
        }
    }

    /** @param serverDirected whether the server's delay decided the wait (SPEC 2.5), not the policy's strategy */
    void backoff(Policy p, Object[] args, int tries, long elapsed, Object value, Throwable exception, long wait,
                 boolean serverDirected) {
        p.meter().retried(wait);
        if (p.logging().backoffs() && LOG.isLoggable(Level.INFO)) {
            log(p, Level.INFO, "Backing off " + p.label() + " for " + duration(wait)
                    + (serverDirected ? " (Retry-After) (" : " (") + cause(value, exception) + ")");
        }
        if (hears(p, Kind.BACKOFF)) {
            tell(p, Kind.BACKOFF, BackoffListener::onBackoff, new BackoffEvent(p.name(), p.declaringClass(),
                    p.method(), list(args), tries, Duration.ofNanos(elapsed), value, exception, Duration.ofNanos(wait),
                    serverDirected));
        }
    }

    /**
     * @param reason  why, the first that holds (SPEC 2.4)
     * @param because what the log line adds to the reason where it helps the reader: what to change, or the values
     *                that made it; {@code null} when the reason says it all
     */
    void giveup(Policy p, Object[] args, int tries, long elapsed, Object value, Throwable exception,
                GiveupReason reason, String because) {
        p.meter().gaveUp(reason);
        if (p.logging().giveups() && LOG.isLoggable(Level.WARNING)) {
            log(p, Level.WARNING, "Giving up " + p.label() + " after " + tries + (tries == 1 ? " try (" : " tries (")
                    + cause(value, exception) + "), reason " + reason + (because == null ? "" : ": " + because));
        }
        if (hears(p, Kind.GIVEUP)) {
            tell(p, Kind.GIVEUP, BackoffListener::onGiveup, new GiveupEvent(p.name(), p.declaringClass(),
                    p.method(), list(args), tries, Duration.ofNanos(elapsed), value, exception, reason));
        }
    }

    /** Whether a listener of {@code p} or an observer hears events of {@code kind}: only then is one built. */
    private boolean hears(Policy p, Kind kind) {
        return p.listeners().length > 0 || observers.hear(kind);
    }

    /** Tells {@code event} to the policy's listeners, in order, then to the observers (SPEC 4.2). */
    private <E> void tell(Policy p, Kind kind, BiConsumer<BackoffListener, E> heard, E event) {
        for (BackoffListener listener : p.listeners()) {
            heard.accept(listener, event);
        }
        if (observers.hear(kind)) {
            observers.fire(kind, event);
        }
    }

    private static List<Object> list(Object[] args) {
        return args == null ? List.of() : Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    private static String cause(Object value, Throwable exception) {
        return exception != null ? exception.toString() : String.valueOf(value);
    }

    /**
     * SPEC 4.3: the record's source is the method the user wrote, so that JUL's default format names it, not this
     * class.
     */
    private static void log(Policy p, Level level, String message) {
        LOG.logp(level, p.method().getDeclaringClass().getName(), p.method().getName(), message);
    }

    /**
     * SPEC 4.3: a wait as a log line shows it: under a second in milliseconds ({@code 50ms}, {@code 0.5ms}), so that
     * short waits keep their precision; from a second up as Python's {@code %.1f} shows seconds ({@code 1.2s}), rounded
     * half-even on the binary value.
     */
    static String duration(long nanos) {
        if (nanos < 1_000_000_000L) {
            return new BigDecimal(nanos).movePointLeft(6).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros()
                    .toPlainString() + "ms";
        }
        return new BigDecimal(nanos / 1e9).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "s";
    }
}
