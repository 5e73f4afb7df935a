package dev.backoff.demo.timeline;

import dev.backoff.Backoff;
import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.SuccessEvent;
import dev.backoff.spi.BackoffClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records every run's timeline: each attempt as it ends ({@link AttemptRecorder}), and what the library's CDI events
 * then say of it (a backoff and its wait, a give-up, a success), or of a whole inner loop for an outer layer. Every
 * {@code @Backoff} method of the demo takes the run's id as its first argument, which is how an attempt or an event
 * finds its run ({@code event.args().get(0)}).
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
        Place place = place(name, method, args);
        if (place != null) {
            place.timeline.event(kind, place.lane, tries, place.timeline.sinceStart(clock.nanoTime()),
                    wait.toNanos() / 1e6, detail(value, exception), method, place.call);
        }
    }

    /** Where the attempts of one call of a {@code @Backoff} method go (see {@link AttemptRecorder}). */
    final class Attempts {
        private final Place place;
        private final Method method;

        private Attempts(Place place, Method method) {
            this.place = place;
            this.method = method;
        }

        /** An attempt ended now, with {@code value} or {@code exception}. */
        void ended(Object value, Throwable exception) {
            place.timeline.attempt(place.lane, place.timeline.sinceStart(clock.nanoTime()),
                    detail(value, exception), method, place.call);
        }
    }

    /**
     * The attempts of a call of {@code method} with {@code args}, on the lane of its innermost layer (the last
     * {@code @Backoff} written, SPEC 1.6), the one whose loop makes the attempts; {@code null} when the call is not a
     * run's.
     */
    Attempts attempts(Method method, Object[] args) {
        Backoff[] layers = method.getAnnotationsByType(Backoff.class);
        if (layers.length == 0) {
            return null; // bound through a stereotype or the class: the demo has no such method
        }
        Place place = place(layers[layers.length - 1].name(), method, Arrays.asList(args));
        return place == null ? null : new Attempts(place, method);
    }

    /**
     * A call's lane on its run's timeline: the layer's name (the method's when it has none), and the call's own
     * {@link Lane} if it has one; {@code call} tells parallel calls of one method apart, so that they do not share
     * their layers' lanes.
     */
    private record Place(Timeline timeline, String lane, String call) {
    }

    private Place place(String name, Method method, List<Object> args) {
        Timeline timeline = args.isEmpty() || !(args.get(0) instanceof String run) ? null : runs.get(run);
        if (timeline == null) {
            return null;
        }
        String call = "";
        for (Object arg : args) {
            if (arg instanceof Lane lane) {
                call += " " + lane.name();
            }
        }
        return new Place(timeline, (name.isEmpty() ? method.getName() : name) + call, call);
    }

    private static String detail(Object value, Throwable exception) {
        Throwable e = exception instanceof CompletionException && exception.getCause() != null
                ? exception.getCause() : exception;
        return e != null ? describe(e) : String.valueOf(value);
    }

    /** The exception's simple class name and message, shortened. */
    public static String describe(Throwable e) {
        String message = e.getMessage();
        String text = e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.length() > 160 ? text.substring(0, 157) + "..." : text;
    }
}
