package dev.backoff.demo;

import dev.backoff.Backoff;
import dev.backoff.BackoffListener;
import dev.backoff.demo.timeline.Timeline;
import dev.backoff.demo.timeline.Timelines;
import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.SuccessEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.backoff.demo.Runs.assertLane;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every attempt is on the timeline, whatever a listener does: one that throws ends the call before the observers hear
 * of the attempt (SPEC 2.8), in a sync, an asynchronous and a {@code Uni} loop, after a backoff, a give-up or a
 * success.
 */
@QuarkusTest
@TestProfile(VirtualTimeProfile.class)
class EveryAttemptIsDrawnTest {

    @Inject
    Timelines timelines;

    @Inject
    Flaky flaky;

    @Test
    void aListenerThatEndsASyncCallAtItsSecondBackoff() {
        Timeline timeline = timelines.start("ends-at-backoff");

        assertThat(catchThrowable(() -> flaky.sync(timeline.run()))).isInstanceOf(Ended.class);

        Timeline.View view = timeline.view();
        assertLane(view, "sync", 2, Timeline.UNREPORTED);
        assertThat(view.marks()).extracting(Timeline.Mark::detail).containsOnly("IllegalStateException: down");
    }

    @Test
    void aListenerThatEndsAnAsyncCallAtItsGiveup() {
        Timeline timeline = timelines.start("ends-at-giveup");

        Throwable thrown = catchThrowable(() -> flaky.async(timeline.run()).toCompletableFuture().join());

        assertThat(cause(thrown)).isInstanceOf(Ended.class);
        assertLane(timeline.view(), "async", 3, Timeline.UNREPORTED);
    }

    @Test
    void aListenerThatEndsAUniCallAtItsSuccess() {
        Timeline timeline = timelines.start("ends-at-success");

        assertThat(cause(catchThrowable(() -> flaky.uni(timeline.run()).await().indefinitely())))
                .isInstanceOf(Ended.class);

        Timeline.View view = timeline.view();
        assertLane(view, "uni", 2, Timeline.UNREPORTED);
        assertThat(view.marks().get(1).detail()).isEqualTo("ok");
    }

    /** The listener's exception, inside the CompletionException an asynchronous call may wrap it in. */
    private static Throwable cause(Throwable thrown) {
        return thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
    }

    /** What the listeners throw. */
    public static class Ended extends RuntimeException {
        Ended(String message) {
            super(message);
        }
    }

    public static class EndAtSecondBackoff implements BackoffListener {
        @Override
        public void onBackoff(BackoffEvent e) {
            if (e.tries() == 2) {
                throw new Ended("ended at backoff " + e.tries());
            }
        }
    }

    public static class EndAtGiveup implements BackoffListener {
        @Override
        public void onGiveup(GiveupEvent e) {
            throw new Ended("ended at give-up");
        }
    }

    public static class EndAtSuccess implements BackoffListener {
        @Override
        public void onSuccess(SuccessEvent e) {
            throw new Ended("ended at success");
        }
    }

    /** Each method takes the run's id first, as the demo's scenarios do. */
    @ApplicationScoped
    public static class Flaky {
        private final AtomicInteger uniCalls = new AtomicInteger();

        @Backoff(name = "sync", listeners = EndAtSecondBackoff.class, factor = 10, unit = ChronoUnit.MILLIS)
        public String sync(String run) {
            throw new IllegalStateException("down");
        }

        @Backoff(name = "async", listeners = EndAtGiveup.class, factor = 10, maxTries = 3, unit = ChronoUnit.MILLIS)
        public CompletionStage<String> async(String run) {
            return CompletableFuture.failedFuture(new IllegalStateException("down"));
        }

        /** Fails at its first subscription, succeeds at the next. */
        @Backoff(name = "uni", listeners = EndAtSuccess.class, factor = 10, unit = ChronoUnit.MILLIS)
        public Uni<String> uni(String run) {
            return Uni.createFrom().item(() -> {
                if (uniCalls.incrementAndGet() == 1) {
                    throw new IllegalStateException("down");
                }
                return "ok";
            });
        }
    }
}
