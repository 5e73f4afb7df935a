package dev.backoff.benchmarks;

import dev.failsafe.FailsafeExecutor;
import dev.failsafe.function.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
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
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The async success path: a {@code CompletionStage} method whose stage is already complete, through each way of
 * retrying it, and the value read from the stage the caller gets. SmallRye FT's method is
 * {@code @AsynchronousNonBlocking}; Failsafe's {@code getStageAsync} runs on a same-thread executor, Resilience4j's
 * {@code decorateCompletionStage} on the calling thread: no library hands the first attempt to another thread.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class AsyncSuccess {

    private String input = "hello";
    private Cdi cdi;
    private FailsafeExecutor<String> failsafe;
    private CheckedSupplier<CompletionStage<String>> failsafeCall;
    private ScheduledExecutorService scheduler;
    private Supplier<CompletionStage<String>> resilience4jCall;

    @Setup
    public void start() {
        cdi = Cdi.start();
        PlainService plain = cdi.plain;
        failsafe = Peers.failsafeInline();
        failsafeCall = () -> plain.echoAsync(input);
        scheduler = Peers.resilience4jScheduler();
        Retry retry = Peers.resilience4j();
        resilience4jCall = Retry.decorateCompletionStage(retry, scheduler, () -> plain.echoAsync(input));
    }

    @TearDown
    public void stop() {
        scheduler.shutdownNow();
        cdi.close();
    }

    private static String value(CompletionStage<String> stage) {
        return stage.toCompletableFuture().join();
    }

    @Benchmark
    public String plainBean() {
        return value(cdi.plain.echoAsync(input));
    }

    @Benchmark
    public String noopInterceptor() {
        return value(cdi.noop.echoAsync(input));
    }

    @Benchmark
    public String backoff() {
        return value(cdi.backoff.echoAsync(input));
    }

    @Benchmark
    public String smallryeRetry() {
        return value(cdi.retry.echoAsync(input));
    }

    @Benchmark
    public String failsafe() {
        return value(failsafe.getStageAsync(failsafeCall));
    }

    @Benchmark
    public String resilience4j() {
        return value(resilience4jCall.get());
    }
}
