package dev.backoff.internal.engine;

import dev.backoff.spi.BudgetSettings;
import dev.backoff.testing.VirtualTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget of one thread on virtual time: what the floor and the ratio allow, and how the window slides. The window
 * is 16 s, so a slot ({@code window / 16}) is one second.
 */
class SlidingWindowBudgetTest {

    private static final Duration WINDOW = Duration.ofSeconds(16);
    private static final Duration SLOT = Duration.ofSeconds(1);

    private final VirtualTime time = new VirtualTime();

    private SlidingWindowBudget budget(double ratio, double minPerSecond) {
        return new SlidingWindowBudget(new BudgetSettings(ratio, minPerSecond, WINDOW), time::nanoTime);
    }

    /** Withdraws until refused, at most {@code limit} times; returns how many were allowed. */
    private static int withdrawAll(SlidingWindowBudget budget, int limit) {
        int allowed = 0;
        while (allowed < limit && budget.tryWithdraw()) {
            allowed++;
        }
        return allowed;
    }

    private static void deposit(SlidingWindowBudget budget, int calls) {
        for (int i = 0; i < calls; i++) {
            budget.deposit();
        }
    }

    @Test
    void theFloorAloneAllowsMinPerSecondTimesTheWindowWithNoCalls() {
        assertThat(withdrawAll(budget(0, 2.5), 1_000)).isEqualTo(40);
    }

    @Test
    void aFloorThatIsNotWholeAllowsItsWholePart() {
        assertThat(withdrawAll(budget(0, 0.1), 1_000)).as("0.1/s over 16 s").isEqualTo(1);
    }

    @Test
    void theRatioAllowsThatShareOfTheCallsStarted() {
        SlidingWindowBudget budget = budget(0.2, 0);
        assertThat(budget.tryWithdraw()).as("no call yet, no floor").isFalse();

        deposit(budget, 50);
        assertThat(withdrawAll(budget, 1_000)).isEqualTo(10);

        deposit(budget, 5); // first attempts go on when the budget is spent, and refill it
        assertThat(withdrawAll(budget, 1_000)).isEqualTo(1);
    }

    @Test
    void floorAndRatioAdd() {
        SlidingWindowBudget budget = budget(0.5, 1);
        deposit(budget, 10);
        assertThat(withdrawAll(budget, 1_000)).isEqualTo(16 + 5);
    }

    @Test
    void withBothZeroNoRetryIsEverAllowed() {
        SlidingWindowBudget budget = budget(0, 0);
        deposit(budget, 1_000);
        assertThat(budget.tryWithdraw()).isFalse();
    }

    @Test
    void aDepositCountsUntilAWindowAfterItsSlotBegan() {
        SlidingWindowBudget budget = budget(1, 0);
        time.advance(SLOT.dividedBy(2));
        deposit(budget, 2);

        time.advance(WINDOW.minus(SLOT.dividedBy(2)).minusNanos(1));
        assertThat(budget.tryWithdraw()).as("a nanosecond before the window has passed since its slot began").isTrue();
        time.advance(Duration.ofNanos(1));
        assertThat(budget.tryWithdraw()).as("the window has passed since its slot began").isFalse();
    }

    @Test
    void aWithdrawalCountsUntilTheEndOfTheSlotAWindowAfterItsOwn() {
        SlidingWindowBudget budget = budget(0, 1.0 / 16); // one retry per window
        time.advance(SLOT.dividedBy(2));
        assertThat(budget.tryWithdraw()).isTrue();
        assertThat(budget.tryWithdraw()).isFalse();

        time.advance(WINDOW);
        assertThat(budget.tryWithdraw()).as("a window after it, in the slot a window after its own").isFalse();
        time.advance(SLOT.dividedBy(2));
        assertThat(budget.tryWithdraw()).as("that slot has ended").isTrue();
    }

    @Test
    void withdrawalsKeepCountingAcrossSkippedSlotsAndAreForgottenAfterAQuietWindow() {
        SlidingWindowBudget budget = budget(0, 2.0 / 16); // two retries per window
        time.advance(SLOT.multipliedBy(3));
        assertThat(withdrawAll(budget, 10)).isEqualTo(2);

        time.advance(SLOT.multipliedBy(17)); // slot 20: slot 3 has left the window
        assertThat(withdrawAll(budget, 10)).isEqualTo(2);

        // slot 35 has slot 3's ring entry: slot 20's withdrawals count, slot 3's do not count twice
        time.advance(SLOT.multipliedBy(15));
        assertThat(budget.tryWithdraw()).isFalse();
        time.advance(SLOT.multipliedBy(2)); // slot 37: slot 20 has left the window
        assertThat(withdrawAll(budget, 10)).isEqualTo(2);

        time.advance(WINDOW.multipliedBy(100)); // far beyond the ring
        assertThat(withdrawAll(budget, 10)).isEqualTo(2);
    }

    /** Each gap between the slot of the deposits and the next use, up to just past the window: the marks are right. */
    @ParameterizedTest(name = "{0} slots later")
    @ValueSource(ints = {1, 2, 14, 15, 16, 17, 31, 32, 33})
    void depositsCountForFifteenWholeSlotsAfterTheirOwnWhateverTheGap(int gap) {
        SlidingWindowBudget budget = budget(1, 0);
        deposit(budget, 3);

        time.advance(SLOT.multipliedBy(gap));
        assertThat(withdrawAll(budget, 10)).isEqualTo(gap < 16 ? 3 : 0);
    }

    /** Each gap between a slot's withdrawals and the next, past a ring of 32 slots: the ring is kept and cleared right. */
    @ParameterizedTest(name = "{0} slots later")
    @ValueSource(ints = {1, 2, 15, 16, 17, 18, 31, 32, 33, 34, 47, 48, 49})
    void withdrawalsCountForSixteenWholeSlotsAfterTheirOwnWhateverTheGap(int gap) {
        SlidingWindowBudget budget = budget(0, 2.0 / 16); // two retries per window
        assertThat(withdrawAll(budget, 10)).isEqualTo(2);

        time.advance(SLOT.multipliedBy(gap));
        assertThat(withdrawAll(budget, 10)).isEqualTo(gap <= 16 ? 0 : 2);
    }

    @Test
    void slotsCountFromTheBudgetsCreation() {
        time.advance(SLOT.dividedBy(4));
        SlidingWindowBudget budget = budget(1, 0);
        deposit(budget, 1);

        time.advance(WINDOW.minusNanos(1));
        assertThat(budget.tryWithdraw()).as("a nanosecond before a window has passed since the creation").isTrue();
        deposit(budget, 1);
        time.advance(Duration.ofNanos(1));
        assertThat(budget.tryWithdraw()).as("a window after the creation: only the later deposit counts, and it "
                + "was withdrawn").isFalse();
    }

    @Test
    void depositsExpireSlotBySlot() {
        SlidingWindowBudget budget = budget(1, 0);
        for (int second = 0; second < 4; second++) {
            deposit(budget, 1);
            time.advance(SLOT);
        }
        time.advance(WINDOW.minus(SLOT.multipliedBy(4))); // slot 16: the deposit of slot 0 has left the window
        assertThat(withdrawAll(budget, 10)).isEqualTo(3);
        time.advance(SLOT.multipliedBy(2)); // slot 18: those of slots 1 and 2 have left, the withdrawals count on
        assertThat(budget.tryWithdraw()).isFalse();
        deposit(budget, 1);
        assertThat(budget.tryWithdraw()).as("3 withdrawn, 2 deposits in the window: the one before and this one")
                .isFalse();
    }

    @Test
    void slowTrafficReadsTheClockOnEveryDeposit() {
        AtomicLong reads = new AtomicLong();
        SlidingWindowBudget budget = new SlidingWindowBudget(new BudgetSettings(1, 0, WINDOW),
                counting(reads, time::nanoTime));
        for (int second = 0; second < 5; second++) {
            long before = reads.get();
            deposit(budget, 7); // fewer than TICKS_PER_SLOT a slot
            assertThat(reads.get() - before).as("clock reads in second %d", second).isEqualTo(7);
            time.advance(SLOT);
        }
    }

    /**
     * Steady traffic: each slot after the first, the deposits read the clock 8 to 16 times, or on every 64th deposit;
     * one more where the first deposit of a slot reads it with the last slot's K, before the rotation sets the next.
     */
    @ParameterizedTest
    @ValueSource(ints = {8, 100, 500, 1_000, 10_000})
    void steadyTrafficReadsTheClockAboutEightTimesASlot(int perSlot) {
        AtomicLong reads = new AtomicLong();
        SlidingWindowBudget budget = new SlidingWindowBudget(new BudgetSettings(1, 0, WINDOW),
                counting(reads, time::nanoTime));
        deposit(budget, perSlot);
        for (int second = 1; second < 5; second++) {
            time.advance(SLOT);
            long before = reads.get();
            deposit(budget, perSlot);
            long slotReads = reads.get() - before;
            assertThat(slotReads).as("clock reads in slot %d", second)
                    .isBetween((long) Math.min(SlidingWindowBudget.TICKS_PER_SLOT, perSlot),
                            Math.max(2L * SlidingWindowBudget.TICKS_PER_SLOT,
                                    (long) Math.ceil((double) perSlot / SlidingWindowBudget.MAX_SAMPLE)) + 1);
        }
    }

    /**
     * After a quiet gap the rate is the deposits since the last slot begun over every slot since: 1,000 over 3 slots,
     * 333 a slot, so K = 32 and the next slot's 333 deposits read the clock about 10 times, not 5 (1,000 a slot).
     */
    @Test
    void afterAGapTheRateIsAveragedOverTheSlotsItSpans() {
        AtomicLong reads = new AtomicLong();
        SlidingWindowBudget budget = new SlidingWindowBudget(new BudgetSettings(1, 0, WINDOW),
                counting(reads, time::nanoTime));
        deposit(budget, 1_000);

        time.advance(SLOT.multipliedBy(3));
        long before = reads.get();
        deposit(budget, 333);

        assertThat(reads.get() - before).as("clock reads in slot 3").isBetween(10L, 12L);
    }

    @Test
    void aDepositMadeBeforeAClockReadNoticesItsSlotCountsWithTheSlotBefore() {
        SlidingWindowBudget budget = sampledLate();
        time.advance(WINDOW.minus(SLOT.multipliedBy(2))); // slot 16: slots 1 and 2 are in the window
        assertThat(withdrawAll(budget, 10_000)).isEqualTo(1025 + 63);
    }

    @Test
    void soItStopsCountingOneSlotEarlyNeverLater() {
        SlidingWindowBudget budget = sampledLate();
        time.advance(WINDOW.minus(SLOT)); // slot 17: slot 2 is in the window, slot 1 is not
        assertThat(budget.tryWithdraw()).as("slot 2's deposits were counted with slot 1").isFalse();
    }

    /**
     * Slot 0: 1,024 deposits, fast enough for K = 64 from slot 1 on. Slot 1: 1,025, its first reading the clock and
     * beginning it. Slot 2: 63, none of which reads the clock (the next deposit would): slot 2 is never begun.
     */
    private SlidingWindowBudget sampledLate() {
        SlidingWindowBudget budget = budget(1, 0);
        deposit(budget, 1_024);
        time.advance(SLOT);
        deposit(budget, 1_025);
        time.advance(SLOT);
        deposit(budget, 63);
        return budget;
    }

    private static LongSupplier counting(AtomicLong reads, LongSupplier clock) {
        return () -> {
            reads.incrementAndGet();
            return clock.getAsLong();
        };
    }
}
