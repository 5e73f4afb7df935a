package dev.backoff.benchmarks;

import dev.backoff.internal.cdi.DefaultRetryBudgets;
import dev.backoff.internal.cdi.SystemClock;
import dev.backoff.spi.BudgetSettings;
import dev.backoff.spi.RetryBudget;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * A retry budget's deposit, which every call of a policy with a budget makes on its success path (issue 15): the
 * default store's budget, on the system clock, with the default settings, from one thread and from two
 * threads on the same budget. The baselines, in the same run: an empty method; {@code System.nanoTime()}, what a
 * clock read on every deposit would add; a {@code LongAdder} increment, the JDK's striped counter, from one and from
 * two threads. The budget reads the clock on every deposit until its first slot ends (625 ms), then on every 64th at
 * these rates: the warm-up covers that.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
@State(Scope.Benchmark)
public class BudgetDeposit {

    private final RetryBudget budget = new DefaultRetryBudgets(new SystemClock())
            .budget("benchmark", new BudgetSettings(0.2, 10, Duration.ofSeconds(10)));
    private final LongAdder adder = new LongAdder();

    @Benchmark
    public void empty() {
    }

    @Benchmark
    public long nanoTime() {
        return System.nanoTime();
    }

    @Benchmark
    public void longAdder() {
        adder.increment();
    }

    @Benchmark
    public void deposit() {
        budget.deposit();
    }

    @Benchmark
    @Threads(2)
    public void longAdderTwoThreads() {
        adder.increment();
    }

    @Benchmark
    @Threads(2)
    public void depositTwoThreads() {
        budget.deposit();
    }
}
