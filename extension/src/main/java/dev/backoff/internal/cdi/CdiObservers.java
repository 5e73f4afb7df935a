package dev.backoff.internal.cdi;

import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.SuccessEvent;
import dev.backoff.internal.engine.Observers;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.BeanContainer;
import jakarta.enterprise.inject.spi.ObserverMethod;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The CDI observers of the three events, resolved once at startup. {@code @Observes} observers are notified on the
 * loop's thread, and what they throw ends the call (SPEC 2.8); {@code @ObservesAsync} ones are notified by the
 * container's asynchronous delivery, and what they throw is logged, never seen by the caller.
 */
final class CdiObservers implements Observers {

    private static final Logger LOG = Logger.getLogger("dev.backoff");

    private final Map<Kind, Event<Object>> sync = new EnumMap<>(Kind.class);
    private final Map<Kind, Event<Object>> async = new EnumMap<>(Kind.class);

    CdiObservers(BeanContainer beans) {
        resolve(beans, Kind.BACKOFF, new BackoffEvent("", Object.class, null, List.of(), 0, Duration.ZERO, null, null,
                Duration.ZERO, false));
        resolve(beans, Kind.GIVEUP, new GiveupEvent("", Object.class, null, List.of(), 0, Duration.ZERO, null, null,
                null));
        resolve(beans, Kind.SUCCESS, new SuccessEvent("", Object.class, null, List.of(), 0, Duration.ZERO, null,
                null));
    }

    @SuppressWarnings("unchecked")
    private void resolve(BeanContainer beans, Kind kind, Object sample) {
        Set<ObserverMethod<? super Object>> observers = beans.resolveObserverMethods(sample);
        Event<Object> event = (Event<Object>) beans.getEvent().select(sample.getClass());
        if (observers.stream().anyMatch(o -> !o.isAsync())) {
            sync.put(kind, event);
        }
        if (observers.stream().anyMatch(ObserverMethod::isAsync)) {
            async.put(kind, event);
        }
    }

    @Override
    public boolean hear(Kind kind) {
        return sync.containsKey(kind) || async.containsKey(kind);
    }

    @Override
    public void fire(Kind kind, Object event) {
        Event<Object> observed = sync.get(kind);
        if (observed != null) {
            observed.fire(event);
        }
        Event<Object> later = async.get(kind);
        if (later != null) {
            later.fireAsync(event).whenComplete((delivered, failure) -> {
                if (failure != null) {
                    logAsyncFailures(event, failure);
                }
            });
        }
    }

    /** The container gathers every asynchronous observer's exception as suppressed in one CompletionException. */
    private static void logAsyncFailures(Object event, Throwable failure) {
        Throwable[] thrown = failure instanceof CompletionException && failure.getSuppressed().length > 0
                ? failure.getSuppressed() : new Throwable[] {failure};
        for (Throwable t : thrown) {
            LOG.log(Level.WARNING, "An @ObservesAsync observer of " + event.getClass().getSimpleName() + " threw " + t
                    + "; the call it was told about is not affected", t);
        }
    }
}
