package dev.backoff.testing;

import dev.backoff.spi.BackoffClock;
import dev.backoff.spi.BackoffScheduler;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock and scheduler for tests that never sleeps: each requested wait moves its clock forward by that
 * wait and is recorded in {@link #waits()}, so a test of retries is instant and exact.
 *
 * <p>It ships in the test-time artifact {@code dev.backoff:backoff-cdi-testing}, never in the library, and it is a
 * disabled CDI alternative: found by any discovery, it stays inactive, and the application keeps the real clock and
 * scheduler. A test makes it active, explicitly, in one of two ways:
 * <ul>
 * <li>on every container, with an alternative of its own that has a priority, which selects it for the whole
 *     application: {@code @Alternative @Priority(1) @Singleton public class TestTime extends VirtualTime {}},
 *     added to the test's deployment (or found there by discovery);</li>
 * <li>on Quarkus, with {@code quarkus.arc.selected-alternatives=dev.backoff.testing.VirtualTime} (in a test profile,
 *     for the tests that want it).</li>
 * </ul>
 *
 * <ul>
 * <li>{@link #sleep(Duration)} records the wait and moves the clock; it throws {@link InterruptedException}
 *     (clearing the flag, like {@link Thread#sleep}) when the calling thread is already interrupted.</li>
 * <li>{@link #schedule(Runnable, Duration)} records the wait and queues the task at {@code now + wait}. Unless
 *     {@link #holdScheduledTasks()} was called, due tasks then run at once on the scheduling thread, in time
 *     order, the clock jumping to each task's time; a task that schedules another does not nest, so any number
 *     of retries runs in constant stack depth.</li>
 * <li>{@link #advance(Duration)} moves the clock and runs the tasks that became due.</li>
 * </ul>
 * The clock starts at zero; its wall-clock time ({@link #instant()}, which a server's HTTP-date is counted from) starts
 * at the whole second of its creation and moves with it. All methods are thread-safe; the clock is shared by every
 * thread.
 */
@Alternative
@Singleton
public class VirtualTime implements BackoffClock, BackoffScheduler {

    private final AtomicLong now = new AtomicLong();
    /** Whole seconds, so that an HTTP-date (which has no fraction) some seconds ahead is exactly that far ahead. */
    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final List<Duration> waits = new ArrayList<>();
    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private final ThreadLocal<Boolean> draining = ThreadLocal.withInitial(() -> Boolean.FALSE);
    private volatile boolean autoRun = true;
    private long sequence;

    /** Creates a virtual clock at time zero that runs scheduled tasks as soon as they are scheduled. */
    public VirtualTime() {
    }

    @Override
    public long nanoTime() {
        return now.get();
    }

    /** The wall-clock time of its creation, to the second, plus the virtual time since. */
    @Override
    public Instant instant() {
        return start.plusNanos(now.get());
    }

    @Override
    public void sleep(Duration wait) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before a virtual wait of " + wait);
        }
        record(wait);
        now.addAndGet(wait.toNanos());
    }

    @Override
    public Future<?> schedule(Runnable task, Duration wait) {
        record(wait);
        Task scheduled;
        synchronized (queue) {
            scheduled = new Task(task, now.get() + wait.toNanos(), sequence++);
            queue.add(scheduled);
        }
        if (autoRun) {
            runDue(Long.MAX_VALUE);
        }
        return scheduled;
    }

    /**
     * From now on, scheduled tasks wait for {@link #advance(Duration)} instead of running at once: for tests
     * that look at a pending retry, cancel it, or shut the container down while it waits.
     */
    public void holdScheduledTasks() {
        autoRun = false;
    }

    /**
     * Moves the clock forward by {@code duration} (not negative) and runs the scheduled tasks that became due, each
     * at its own time and in time order, including those that they schedule within {@code duration}.
     */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("VirtualTime cannot go back: advance(" + duration + ")");
        }
        long left = duration.toNanos();
        if (draining.get()) {
            now.addAndGet(left); // called by a task: the loop further up this stack runs what became due
            return;
        }
        draining.set(Boolean.TRUE);
        try {
            for (Task next = pollDue(now.get() + left); next != null; next = pollDue(now.get() + left)) {
                long step = Math.max(0, next.due - now.get());
                now.addAndGet(step);
                left -= step;
                next.run();
            }
            now.addAndGet(left);
        } finally {
            draining.set(Boolean.FALSE);
        }
    }

    /** The current virtual time, from zero. */
    public Duration now() {
        return Duration.ofNanos(now.get());
    }

    /** Every wait requested so far, by {@code sleep} or {@code schedule}, in the order requested. */
    public List<Duration> waits() {
        synchronized (waits) {
            return List.copyOf(waits);
        }
    }

    /** The number of scheduled tasks not yet run or cancelled. */
    public int pendingTasks() {
        synchronized (queue) {
            queue.removeIf(Task::isCancelled);
            return queue.size();
        }
    }

    private void record(Duration wait) {
        synchronized (waits) {
            waits.add(wait);
        }
    }

    private void runDue(long until) {
        if (draining.get()) {
            return; // the loop below, further up this stack, runs it
        }
        draining.set(Boolean.TRUE);
        try {
            for (Task next = pollDue(until); next != null; next = pollDue(until)) {
                now.accumulateAndGet(next.due, Math::max);
                next.run();
            }
        } finally {
            draining.set(Boolean.FALSE);
        }
    }

    private Task pollDue(long until) {
        synchronized (queue) {
            Task head = queue.peek();
            if (head == null || head.due > until) {
                return null;
            }
            return queue.poll();
        }
    }

    /** A queued task; cancelling it before it runs keeps it from running. */
    private static final class Task extends CompletableFuture<Void> implements Comparable<Task> {
        private final Runnable body;
        private final long due;
        private final long order;

        Task(Runnable body, long due, long order) {
            this.body = body;
            this.due = due;
            this.order = order;
        }

        void run() {
            if (isDone()) {
                return;
            }
            try {
                body.run();
                complete(null);
            } catch (Throwable t) {
                completeExceptionally(t);
            }
        }

        @Override
        public int compareTo(Task other) {
            int byTime = Long.compare(due, other.due);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }
}
