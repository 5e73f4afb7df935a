package dev.backoff.internal.cdi;

import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.SuccessEvent;
import dev.backoff.internal.engine.Observers;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.BeanContainer;

import java.time.Duration;
import java.util.List;

/** The CDI observers of the three events, resolved once at startup; {@code null} where nobody observes. */
final class CdiObservers implements Observers {

    private final Event<Object> backoff;
    private final Event<Object> giveup;
    private final Event<Object> success;

    CdiObservers(BeanContainer beans) {
        backoff = ifObserved(beans, new BackoffEvent("", Object.class, null, List.of(), 0, Duration.ZERO, null, null,
                Duration.ZERO));
        giveup = ifObserved(beans, new GiveupEvent("", Object.class, null, List.of(), 0, Duration.ZERO, null, null));
        success = ifObserved(beans, new SuccessEvent("", Object.class, null, List.of(), 0, Duration.ZERO, null, null));
    }

    @SuppressWarnings("unchecked")
    private static Event<Object> ifObserved(BeanContainer beans, Object sample) {
        if (beans.resolveObserverMethods(sample).isEmpty()) {
            return null;
        }
        return (Event<Object>) beans.getEvent().select(sample.getClass());
    }

    @Override
    public boolean hear(Kind kind) {
        return event(kind) != null;
    }

    @Override
    public void fire(Kind kind, Object event) {
        event(kind).fire(event);
    }

    private Event<Object> event(Kind kind) {
        return switch (kind) {
            case BACKOFF -> backoff;
            case GIVEUP -> giveup;
            case SUCCESS -> success;
        };
    }
}
