package dev.backoff.internal.engine;

import dev.backoff.spi.BudgetSettings;
import dev.backoff.testing.VirtualTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Threads depositing and withdrawing at once on one budget never get more retries than it allows, and lose none of
 * their deposits: no slack. Each test starts its threads together on a barrier; the clock is virtual, and moves only
 * between the rounds of the last test, in the barrier's action.
 */
class SlidingWindowBudgetConcurrencyTest {

    private static final int THREADS = 8;
    private static final Duration WINDOW = Duration.ofSeconds(16);

    private final VirtualTime time = new VirtualTime();
    private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stop() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void threadsWithdrawingAtOnceGetExactlyTheBudget() throws Exception {
        BudgetSettings settings = new BudgetSettings(0.1, 1, WINDOW);
        SlidingWindowBudget budget = new SlidingWindowBudget(settings, time::nanoTime);
        CyclicBarrier start = new CyclicBarrier(THREADS);
        long granted = sum(onEveryThread(() -> {
            start.await(10, TimeUnit.SECONDS);
            for (int i = 0; i < 1_000; i++) {
                budget.deposit();
            }
            start.await(10, TimeUnit.SECONDS); // every deposit made before the first withdrawal
            long grants = 0;
            for (int i = 0; i < 500; i++) {
                grants += budget.tryWithdraw() ? 1 : 0;
            }
            return grants;
        }));
        assertThat(granted).as("16 (the floor) + 0.1 × 8,000 calls").isEqualTo(816);
    }

    @Test
    void depositsAndWithdrawalsRacingAddUpToExactlyTheBudget() throws Exception {
        BudgetSettings settings = new BudgetSettings(0.25, 0.5, WINDOW);
        SlidingWindowBudget budget = new SlidingWindowBudget(settings, time::nanoTime);
        CyclicBarrier start = new CyclicBarrier(THREADS);
        long granted = sum(onEveryThread(() -> {
            start.await(10, TimeUnit.SECONDS);
            long grants = 0;
            for (int i = 0; i < 2_000; i++) {
                budget.deposit();
                grants += budget.tryWithdraw() ? 1 : 0;
            }
            return grants;
        }));
        while (budget.tryWithdraw()) {
            granted++; // what the racing threads left: none if they had all the room their deposits made
        }
        assertThat(granted).as("8 (the floor) + 0.25 × 16,000 calls").isEqualTo(8 + 4_000);
    }

    /**
     * 64 rounds, the clock moving 0.37 slot between rounds, so that slots begin while threads race to deposit (reading
     * the clock now and then) and to withdraw (reading it every time): in the window ending at each round, the retries
     * stay within the floor and the ratio of that window's calls.
     */
    @Test
    void whileTheWindowSlidesTheRetriesInEveryWindowStayWithinItsBudget() throws Exception {
        BudgetSettings settings = new BudgetSettings(0.2, 0.5, WINDOW);
        SlidingWindowBudget budget = new SlidingWindowBudget(settings, time::nanoTime);
        int rounds = 64;
        int depositsPerRound = 20;
        Duration step = WINDOW.dividedBy(SlidingWindowBudget.SLOTS).multipliedBy(37).dividedBy(100);
        AtomicLongArray grants = new AtomicLongArray(rounds);
        CyclicBarrier round = new CyclicBarrier(THREADS, () -> time.advance(step));
        onEveryThread(() -> {
            for (int r = 0; r < rounds; r++) {
                round.await(10, TimeUnit.SECONDS);
                for (int i = 0; i < depositsPerRound; i++) {
                    budget.deposit();
                    if (i % 2 == 0 && budget.tryWithdraw()) {
                        grants.incrementAndGet(r);
                    }
                }
            }
            return 0L;
        });

        // rounds r - span .. r are less than a window before round r: in the window that ends with it
        long span = (WINDOW.toNanos() - 1) / step.toNanos();
        long total = 0;
        for (int r = 0; r < rounds; r++) {
            int first = (int) Math.max(0, r - span);
            long retries = 0;
            for (int q = first; q <= r; q++) {
                retries += grants.get(q);
            }
            long calls = (long) THREADS * depositsPerRound * (r - first + 1);
            assertThat(retries).as("retries in the window ending at round %d", r)
                    .isLessThanOrEqualTo((long) (settings.minRetries() + settings.ratio() * calls));
            total += grants.get(r);
        }
        assertThat(total).as("more than the floor alone allows in the 24 s of the rounds: the calls made room")
                .isGreaterThan(2 * 8);
        assertThat(total).as("fewer than asked for: the budget refused some").isLessThan(rounds * THREADS * 10L);
    }

    private List<Long> onEveryThread(Callable<Long> task) throws Exception {
        List<Future<Long>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            futures.add(threads.submit(task));
        }
        List<Long> results = new ArrayList<>();
        for (Future<Long> future : futures) {
            results.add(future.get(30, TimeUnit.SECONDS));
        }
        return results;
    }

    private static long sum(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }
}
