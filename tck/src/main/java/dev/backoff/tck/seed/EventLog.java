package dev.backoff.tck.seed;

import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.SuccessEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A CDI observer that keeps every backoff event it hears, in order, so that tests can look at what a call did
 * without adding anything to the annotations under test (SPEC 4.2: events reach {@code @Observes} methods).
 */
@ApplicationScoped
public class EventLog {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    void backoff(@Observes BackoffEvent event) {
        events.add(event);
    }

    void giveup(@Observes GiveupEvent event) {
        events.add(event);
    }

    void success(@Observes SuccessEvent event) {
        events.add(event);
    }

    public List<Object> all() {
        return List.copyOf(events);
    }

    public List<BackoffEvent> backoffs() {
        return of(BackoffEvent.class);
    }

    public List<GiveupEvent> giveups() {
        return of(GiveupEvent.class);
    }

    public List<SuccessEvent> successes() {
        return of(SuccessEvent.class);
    }

    /** The backoffs of the layer called {@code name}. */
    public List<BackoffEvent> backoffs(String name) {
        return backoffs().stream().filter(e -> e.name().equals(name)).toList();
    }

    /**
     * Every event as {@code "<name> <kind> <tries>"}, for example {@code "timeouts backoff 1"}, in the order heard:
     * the short way to check what each layer of stacked annotations did.
     */
    public List<String> trace() {
        return events.stream().map(EventLog::line).toList();
    }

    private static String line(Object event) {
        if (event instanceof BackoffEvent e) {
            return e.name() + " backoff " + e.tries();
        }
        if (event instanceof GiveupEvent e) {
            return e.name() + " giveup " + e.tries();
        }
        SuccessEvent e = (SuccessEvent) event;
        return e.name() + " success " + e.tries();
    }

    private <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
