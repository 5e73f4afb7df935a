package dev.backoff.docs.guide.events;

import dev.backoff.event.GiveupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

// region example
@ApplicationScoped
public class RetryAlerts {
    private final List<String> alerts = new CopyOnWriteArrayList<>();

    void giveup(@Observes GiveupEvent event) {
        alerts.add(event.name() + ": " + event.method().getName() + " gave up after " + event.tries()
                + " tries and " + event.elapsed().toSeconds() + "s: " + event.exception());
    }

    public List<String> alerts() {
        return List.copyOf(alerts);
    }
}
// endregion
