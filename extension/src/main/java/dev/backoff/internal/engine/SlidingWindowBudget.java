package dev.backoff.internal.engine;

import dev.backoff.spi.BudgetSettings;
import dev.backoff.spi.RetryBudget;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * A retry budget over a sliding window, as Finagle's {@code RetryBudget} (a token bucket on a windowed adder): each
 * call deposits, each retry withdraws, and a retry is allowed while the withdrawals in the window stay within
 * {@code minRetries + ratio × deposits in the window}. Time comes from a clock of nanoseconds (the library's
 * {@code BackoffClock::nanoTime}, so that tests run on virtual time), cut into slots of {@code window / 16} from the
 * budget's creation.
 *
 * <p><b>Deposits</b>, on every call's success path, are one atomic increment of a counter striped by thread (a
 * cell of its own cache lines per stripe) that counts every deposit ever. A mark per slot keeps that total as the slot
 * began, so the deposits in the window are the total now less the mark of the window's oldest slot. A deposit reads
 * the clock (which costs more than the rest of it) only on every K-th deposit of its stripe, to notice that a slot has
 * begun; K is a power of two, set at each slot so that each stripe reads the clock about {@value #TICKS_PER_SLOT}
 * times a slot at the rate it just had: 1 (every deposit) for slow traffic, at most {@value #MAX_SAMPLE}.
 *
 * <p><b>Withdrawals</b> are one compare-and-set of a word that holds the current slot's number (its low 32 bits) and
 * the withdrawals made in it; a ring keeps the counts of the past slots. A withdrawal is decided on the counts of the
 * slot in the word it read; if another withdrawal or a new slot came in between, its compare-and-set fails and it is
 * decided again. So none is lost, and none is decided on a window that has moved on. A new slot is begun (its marks
 * written, the ring turned) under a lock, by the first withdrawal or sampled deposit whose clock read finds it.
 *
 * <p><b>What it guarantees.</b> A deposit counts for at most the window: from the start of the slot it is counted in
 * until the window has passed since then. A withdrawal counts for at least the window: until the end of the slot a
 * window after its own. So over any interval of the window's length, the retries allowed never exceed
 * {@code minPerSecond × window + ratio × calls started in the interval}, whatever the threads do: there is no
 * slack. It may allow fewer: a deposit counts for as little as {@code window - window / 16} (less the sampling lag
 * below), and a withdrawal for up to {@code window + window / 16}; with steady traffic the ratio term gives about 6%
 * fewer retries than {@code ratio × calls}. The sampling lag: the deposits made after a slot began and before a
 * clock read notices it (at most K - 1 per stripe; about 1/8 of a slot's deposits when traffic is steady) are counted
 * with the slot before, so they stop counting one slot early.
 */
public final class SlidingWindowBudget implements RetryBudget {

    /** Slots per window: a power of two, so that a slot's ring index is the low bits of its 32-bit number. */
    static final int SLOTS = 16;
    /**
     * Withdrawal counts kept: the window's 16 past slots and the slot being closed, whose count is written before the
     * new slot is published and so must not land on an entry that withdrawals still deciding in it read; rounded up
     * to a power of two.
     */
    private static final int RING = 2 * SLOTS;
    static final int TICKS_PER_SLOT = 8;
    static final int MAX_SAMPLE = 64;
    /** Longs from one stripe's cell to the next: 128 bytes, so that no two stripes share a cache line or its pair. */
    private static final int PAD = 16;
    private static final int MAX_STRIPES = 64;
    /** The low half of the word: the current slot's withdrawals. At this many, the slot refuses the next one. */
    private static final long MAX_COUNT = 0xFFFF_FFFFL;

    private final BudgetSettings settings;
    private final LongSupplier clock;
    private final double minRetries;
    private final double ratio;
    private final long slotNanos;
    private final long origin;
    /** Per stripe: at {@code stripe * PAD} the deposits made on it, ever; at the next index, its sample mask, K - 1. */
    private final AtomicLongArray cells;
    private final int stripeMask;
    /** Per slot, by {@code slot % SLOTS}: the total of deposits as the slot began. */
    private final AtomicLongArray depositMarks = new AtomicLongArray(SLOTS);
    /** Per past slot, by {@code slot % RING}: the withdrawals made in it. */
    private final AtomicLongArray withdrawals = new AtomicLongArray(RING);
    /**
     * The current slot's number (low 32 bits) in the high half; the withdrawals made in it in the low half. Two slots
     * 2^32 apart look alike here, which could fool a withdrawal only if its thread stalled that many slots between
     * reading this word and setting it.
     */
    private final AtomicLong current = new AtomicLong();
    /** The current slot's number, in full: written after {@link #current}, under {@link #rotation}. */
    private volatile long slot;
    private final ReentrantLock rotation = new ReentrantLock();
    /** Under {@link #rotation}: each stripe's deposits at the last rotation, for its rate. */
    private final long[] depositsAtRotation;

    /**
     * @param settings the budget's settings
     * @param clock    monotonic nanoseconds; the budget's slots start at its value now
     */
    public SlidingWindowBudget(BudgetSettings settings, LongSupplier clock) {
        this.settings = settings;
        this.clock = clock;
        this.minRetries = settings.minRetries();
        this.ratio = settings.ratio();
        // a window under 16 ns (meaningless for retries) counts as 16 ns
        this.slotNanos = Math.max(1, settings.windowNanos() / SLOTS);
        // the next power of two from twice the processors: threads running at once rarely share a stripe
        int stripes = Math.min(MAX_STRIPES,
                Integer.highestOneBit(2 * Runtime.getRuntime().availableProcessors() - 1) << 1);
        this.cells = new AtomicLongArray(stripes * PAD);
        this.stripeMask = stripes - 1;
        this.depositsAtRotation = new long[stripes];
        this.origin = clock.getAsLong();
    }

    public BudgetSettings settings() {
        return settings;
    }

    @Override
    public void deposit() {
        int at = ((int) Thread.currentThread().getId() & stripeMask) * PAD;
        // the clock first: a deposit that begins a slot is counted in it, not with the one before
        if ((cells.getOpaque(at) & cells.getOpaque(at + 1)) == 0) {
            long now = slotAt(clock.getAsLong());
            // a deposit never waits: whoever holds the lock is beginning a slot already
            if (now > slot && rotation.tryLock()) {
                try {
                    rotateTo(now);
                } finally {
                    rotation.unlock();
                }
            }
        }
        cells.getAndIncrement(at);
    }

    @Override
    public boolean tryWithdraw() {
        long now = slotAt(clock.getAsLong());
        if (now > slot) {
            rotation.lock();
            try {
                rotateTo(now);
            } finally {
                rotation.unlock();
            }
        }
        long word = current.get();
        while (true) {
            int tag = (int) (word >>> 32);
            long room = roomBeforeCurrentSlot(tag);
            long taken;
            while ((taken = word & MAX_COUNT) < room && taken < MAX_COUNT) {
                if (current.compareAndSet(word, word + 1)) {
                    return true;
                }
                word = current.get();
                if ((int) (word >>> 32) != tag) {
                    break;
                }
            }
            if ((int) (word >>> 32) == tag) {
                return false;
            }
        }
    }

    /**
     * The retries the window allows, {@code minRetries + ratio × deposits in the window} rounded down, less the
     * withdrawals of its past slots: what the current slot may take.
     */
    private long roomBeforeCurrentSlot(int tag) {
        // the mark first: the cells, read after it, hold at least what it summed
        long mark = depositMarks.get((tag - SLOTS + 1) & (SLOTS - 1));
        long deposits = -mark;
        for (int at = 0; at < cells.length(); at += PAD) {
            deposits += cells.get(at);
        }
        long withdrawn = 0;
        for (int back = 1; back <= SLOTS; back++) {
            withdrawn += withdrawals.get((tag - back) & (RING - 1));
        }
        return (long) (minRetries + ratio * deposits) - withdrawn;
    }

    /**
     * Begins slot {@code target} if it is later than the current one; under {@link #rotation}. Every write that the
     * withdrawals deciding in the closing slot might read either happens after the compare-and-set that makes their
     * own fail, or only makes them count fewer deposits.
     */
    private void rotateTo(long target) {
        long from = slot;
        if (target <= from) {
            return;
        }
        long total = depositsAdaptingSamples(target - from);
        for (long s = Math.max(from + 1, target - SLOTS + 1); s <= target; s++) {
            depositMarks.set((int) s & (SLOTS - 1), total);
        }
        long word;
        do {
            word = current.get();
            withdrawals.set((int) from & (RING - 1), word & MAX_COUNT);
        } while (!current.compareAndSet(word, target << 32));
        // The skipped slots of the new window had no withdrawal (one would have begun its slot): clear what slots a
        // ring ago left there. Only now: cleared before, they would read as no withdrawals to a withdrawal deciding
        // in the closing slot whose compare-and-set could still succeed.
        for (long s = Math.max(from + 1, target - SLOTS); s < target; s++) {
            withdrawals.set((int) s & (RING - 1), 0);
        }
        slot = target;
    }

    /** The total of deposits now; and each stripe's K for the next slot, from its rate over the last {@code slots}. */
    private long depositsAdaptingSamples(long slots) {
        long total = 0;
        for (int stripe = 0; stripe < depositsAtRotation.length; stripe++) {
            int at = stripe * PAD;
            long count = cells.get(at);
            long perSlot = (count - depositsAtRotation[stripe]) / slots;
            depositsAtRotation[stripe] = count;
            long every = Long.highestOneBit(Math.min(perSlot / TICKS_PER_SLOT, MAX_SAMPLE));
            cells.set(at + 1, Math.max(every, 1) - 1);
            total += count;
        }
        return total;
    }

    private long slotAt(long nanos) {
        return Math.floorDiv(nanos - origin, slotNanos);
    }
}
