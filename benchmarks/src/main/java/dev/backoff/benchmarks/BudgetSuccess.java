package dev.backoff.benchmarks;

import org.jboss.weld.environment.se.WeldContainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * The success path of a policy with a retry budget (SPEC 10.2: every call deposits), sync and async, beside the no-op
 * interceptor on the same kind of bean. The state is the benchmark's, so that with {@code -t 2} (or PairedRatio's
 * {@code @2}) two threads call one bean and deposit into one budget.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class BudgetSuccess {

    private String input = "hello";
    private WeldContainer container;
    private NoopService noop;
    private BudgetedService budgeted;

    @Setup
    public void start() {
        Cdi.quiet();
        container = Cdi.weld(NoopService.class, NoopInterceptor.class, BudgetedService.class).initialize();
        noop = container.select(NoopService.class).get();
        budgeted = container.select(BudgetedService.class).get();
    }

    @TearDown
    public void stop() {
        container.close();
    }

    private static String value(CompletionStage<String> stage) {
        return stage.toCompletableFuture().join();
    }

    @Benchmark
    public String noopInterceptor() {
        return noop.echo(input);
    }

    @Benchmark
    public String backoffBudget() {
        return budgeted.echo(input);
    }

    @Benchmark
    public String noopInterceptorAsync() {
        return value(noop.echoAsync(input));
    }

    @Benchmark
    public String backoffBudgetAsync() {
        return value(budgeted.echoAsync(input));
    }
}
