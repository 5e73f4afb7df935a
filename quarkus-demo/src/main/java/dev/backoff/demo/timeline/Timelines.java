package dev.backoff.demo.timeline;

import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.SuccessEvent;
import dev.backoff.spi.BackoffClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records every run's timeline from the library's CDI events. Every {@code @Backoff} method of the demo takes the
 * run's id as its first argument, which is how an event finds its run ({@code event.args().get(0)}).
 */
@ApplicationScoped
public class Timelines {

    private static final int KEPT = 200;

    private final Map<String, Timeline> runs = new ConcurrentHashMap<>();
    private final AtomicInteger counter = new AtomicInteger();

    @Inject
    BackoffClock clock;

    /** A new run of {@code scenario}, with a fresh id. */
    public Timeline start(String scenario) {
        String id = scenario + "-" + counter.incrementAndGet();
        Timeline timeline = new Timeline(id, scenario, clock.nanoTime());
        runs.put(id, timeline);
        runs.remove(scenario + "-" + (counter.get() - KEPT)); // the demo keeps the last runs only
        return timeline;
    }

    public void finish(Timeline timeline, String outcome, String result) {
        timeline.finish(outcome, result, clock.nanoTime());
    }

    public Timeline get(String run) {
        return runs.get(run);
    }

    void onBackoff(@Observes BackoffEvent e) {
        record("backoff", e.name(), e.method(), e.args(), e.tries(), e.waitTime(), e.value(), e.exception());
    }

    void onGiveup(@Observes GiveupEvent e) {
        record("giveup", e.name(), e.method(), e.args(), e.tries(), Duration.ZERO, e.value(), e.exception());
    }

    void onSuccess(@Observes SuccessEvent e) {
        record("success", e.name(), e.method(), e.args(), e.tries(), Duration.ZERO, e.value(), e.exception());
    }

    private void record(String kind, String name, Method method, List<Object> args, int tries, Duration wait,
                        Object value, Throwable exception) {
        Timeline timeline = args.isEmpty() || !(args.get(0) instanceof String run) ? null : runs.get(run);
        if (timeline == null) {
            return;
        }
        String layer = name.isEmpty() ? method.getName() : name;
        boolean ownLane = false;
        for (Object arg : args) {
            if (arg instanceof Lane lane) {
                layer += " " + lane.name();
                ownLane = true;
            }
        }
        String detail = exception != null ? describe(exception) : String.valueOf(value);
        timeline.add(kind, layer, tries, timeline.sinceStart(clock.nanoTime()), wait.toNanos() / 1e6, detail, method,
                ownLane);
    }

    /** The exception's simple class name and message, shortened. */
    public static String describe(Throwable e) {
        String message = e.getMessage();
        String text = e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.length() > 160 ? text.substring(0, 157) + "..." : text;
    }
}
