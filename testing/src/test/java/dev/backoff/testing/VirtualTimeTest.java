package dev.backoff.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link VirtualTime}: a clock that never sleeps, records every wait, and runs scheduled tasks in time order. */
class VirtualTimeTest {

    private final VirtualTime time = new VirtualTime();
    /** What ran, with the virtual time each saw: "name@seconds". */
    private final List<String> ran = new ArrayList<>();

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private Runnable task(String name) {
        return () -> ran.add(name + "@" + time.now().toMillis() / 1000.0);
    }

    @Test
    void startsAtZeroWithNoWaits() {
        assertThat(time.nanoTime()).isZero();
        assertThat(time.now()).isZero();
        assertThat(time.waits()).isEmpty();
        assertThat(time.pendingTasks()).isZero();
    }

    @Test
    void sleepRecordsEachWaitAndMovesTheClockByIt() throws InterruptedException {
        time.sleep(Duration.ofMillis(1500));
        time.sleep(Duration.ZERO);
        time.sleep(Duration.ofNanos(7));

        assertThat(time.waits()).containsExactly(Duration.ofMillis(1500), Duration.ZERO, Duration.ofNanos(7));
        assertThat(time.nanoTime()).isEqualTo(1_500_000_007L);
    }

    @Test
    void sleepOnAnInterruptedThreadThrowsClearsTheFlagAndDoesNotWait() {
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> time.sleep(Duration.ofSeconds(1))).isInstanceOf(InterruptedException.class);

        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(time.waits()).isEmpty();
        assertThat(time.now()).isZero();
    }

    @Test
    void advanceMovesTheClockAndIsNotAWait() {
        time.advance(Duration.ofSeconds(3));

        assertThat(time.now()).isEqualTo(Duration.ofSeconds(3));
        assertThat(time.waits()).isEmpty();
    }

    @Test
    void advanceRefusesToGoBack() {
        assertThatThrownBy(() -> time.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(time.now()).isZero();
    }

    @Test
    void scheduleRunsTheTaskAtOnceAtItsTimeAndRecordsTheWait() {
        Future<?> done = time.schedule(task("a"), Duration.ofSeconds(5));

        assertThat(ran).containsExactly("a@5.0");
        assertThat(done).isDone();
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(5));
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void tasksScheduledByATaskRunAfterItInTimeOrderWithoutNesting() {
        time.schedule(() -> {
            time.schedule(task("late"), Duration.ofSeconds(2));
            time.schedule(task("early"), Duration.ofSeconds(1));
            time.schedule(task("early-too"), Duration.ofSeconds(1));
            ran.add("first returns");
        }, Duration.ZERO);

        assertThat(ran).containsExactly("first returns", "early@1.0", "early-too@1.0", "late@2.0");
        assertThat(time.pendingTasks()).isZero();
    }

    @Test
    void aChainOf100000TasksRunsInConstantStackDepth() {
        AtomicInteger count = new AtomicInteger();
        Runnable[] next = new Runnable[1];
        next[0] = () -> {
            if (count.incrementAndGet() < 100_000) {
                time.schedule(next[0], Duration.ofMillis(1));
            }
        };

        time.schedule(next[0], Duration.ofMillis(1));

        assertThat(count).hasValue(100_000);
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(100));
        assertThat(time.waits()).hasSize(100_000);
    }

    @Test
    void heldTasksWaitForAdvanceAndOnlyDueOnesRun() {
        time.holdScheduledTasks();
        time.schedule(task("a"), Duration.ofSeconds(1));
        time.schedule(task("b"), Duration.ofSeconds(5));

        assertThat(ran).isEmpty();
        assertThat(time.pendingTasks()).isEqualTo(2);

        time.advance(Duration.ofSeconds(2));
        assertThat(ran).containsExactly("a@1.0");
        assertThat(time.pendingTasks()).isEqualTo(1);
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(2));

        time.advance(Duration.ofSeconds(3));
        assertThat(ran).containsExactly("a@1.0", "b@5.0");
        assertThat(time.pendingTasks()).isZero();
    }

    @Test
    void advanceRunsEachDueTaskAtItsOwnTime() {
        time.holdScheduledTasks();
        time.schedule(task("b"), Duration.ofSeconds(4));
        time.schedule(task("a"), Duration.ofSeconds(1));

        time.advance(Duration.ofSeconds(10));

        assertThat(ran).containsExactly("a@1.0", "b@4.0");
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aTaskScheduledDuringAdvanceThatFallsDueWithinItRuns() {
        // a held retry chain: each attempt schedules the next one second later
        time.holdScheduledTasks();
        AtomicInteger left = new AtomicInteger(3);
        Runnable[] attempt = new Runnable[1];
        attempt[0] = () -> {
            task("attempt").run();
            if (left.decrementAndGet() > 0) {
                time.schedule(attempt[0], Duration.ofSeconds(1));
            }
        };
        time.schedule(attempt[0], Duration.ofSeconds(1));

        time.advance(Duration.ofSeconds(10));

        assertThat(ran).containsExactly("attempt@1.0", "attempt@2.0", "attempt@3.0");
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aCancelledTaskNeverRunsAndIsNotPending() {
        time.holdScheduledTasks();
        Future<?> cancelled = time.schedule(task("cancelled"), Duration.ofSeconds(1));
        time.schedule(task("kept"), Duration.ofSeconds(2));

        assertThat(cancelled.cancel(false)).isTrue();
        assertThat(time.pendingTasks()).isEqualTo(1);

        time.advance(Duration.ofSeconds(5));
        assertThat(ran).containsExactly("kept@2.0");
        assertThat(cancelled).isCancelled();
    }

    @Test
    void aTaskCancelledByAnEarlierTaskNeverRuns() {
        Future<?>[] victim = new Future<?>[1];
        time.schedule(() -> {
            victim[0] = time.schedule(task("victim"), Duration.ofSeconds(2));
            time.schedule(() -> victim[0].cancel(false), Duration.ofSeconds(1));
        }, Duration.ZERO);

        assertThat(ran).isEmpty();
        assertThat(victim[0]).isCancelled();
        assertThat(time.pendingTasks()).isZero();
    }

    @Test
    void aFailingTaskCompletesItsFutureExceptionallyAndTheOthersStillRun() {
        time.holdScheduledTasks();
        IllegalStateException boom = new IllegalStateException("boom");
        Future<?> failed = time.schedule(() -> {
            throw boom;
        }, Duration.ofSeconds(1));
        time.schedule(task("after"), Duration.ofSeconds(2));

        time.advance(Duration.ofSeconds(2));

        assertThat(failed).failsWithin(Duration.ZERO).withThrowableOfType(ExecutionException.class)
                .withCause(boom);
        assertThat(ran).containsExactly("after@2.0");
    }
}
