package dev.backoff.benchmarks;

import dev.failsafe.FailsafeExecutor;
import dev.failsafe.function.CheckedSupplier;
import io.github.resilience4j.retry.Retry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * One retry with a zero wait: each call's first attempt fails with the shared stackless {@link Flake}, the second
 * succeeds. {@code noopInterceptor} is the same two attempts made by hand behind the no-op interceptor, the floor.
 * {@code @Backoff} logs every backoff at INFO on {@code dev.backoff}: the benchmarks run with that logger at WARNING,
 * and {@code backoffLogged} measures the line with an INFO level and a handler that drops it.
 *
 * <p>The async retries are scheduled: {@code @Backoff}'s on its timer thread, then run on the common pool, even for a
 * zero wait; the peers each in their own way. So the async numbers include thread hand-offs, and the caller blocks
 * on the result.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class OneRetry {

    private final Flip flip = new Flip("hello");
    private Cdi cdi;
    private FailsafeExecutor<String> failsafe;
    private FailsafeExecutor<String> failsafeAsync;
    private CheckedSupplier<String> failsafeCall;
    private CheckedSupplier<CompletionStage<String>> failsafeAsyncCall;
    private ScheduledExecutorService scheduler;
    private Callable<String> resilience4jCall;
    private Supplier<CompletionStage<String>> resilience4jAsyncCall;

    @Setup
    public void start() {
        cdi = Cdi.start();
        PlainService plain = cdi.plain;
        failsafe = Peers.failsafe();
        failsafeAsync = Peers.failsafeInline();
        failsafeCall = () -> plain.flaky(flip);
        failsafeAsyncCall = () -> plain.flakyAsync(flip);
        scheduler = Peers.resilience4jScheduler();
        Retry retry = Peers.resilience4j();
        resilience4jCall = Retry.decorateCallable(retry, () -> plain.flaky(flip));
        resilience4jAsyncCall = Retry.decorateCompletionStage(retry, scheduler, () -> plain.flakyAsync(flip));
    }

    @TearDown
    public void stop() {
        scheduler.shutdownNow();
        cdi.close();
    }

    /** The {@code dev.backoff} logger at INFO with a handler that drops every record, for one trial. */
    @State(Scope.Benchmark)
    public static class Logged {
        private final Logger log = Logger.getLogger("dev.backoff");
        private final Handler drop = new Handler() {
            @Override
            public void publish(LogRecord record) {
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        @Setup(Level.Trial)
        public void on() {
            log.setUseParentHandlers(false);
            log.addHandler(drop);
            log.setLevel(java.util.logging.Level.INFO);
        }

        @TearDown(Level.Trial)
        public void off() {
            log.setLevel(null);
            log.removeHandler(drop);
            log.setUseParentHandlers(true);
        }
    }

    private static String value(CompletionStage<String> stage) {
        return stage.toCompletableFuture().join();
    }

    @Benchmark
    public String noopInterceptor() {
        try {
            return cdi.noop.flaky(flip);
        } catch (Flake first) {
            try {
                return cdi.noop.flaky(flip);
            } catch (Flake second) {
                throw new AssertionError(second);
            }
        }
    }

    @Benchmark
    public String backoff() throws Flake {
        return cdi.backoff.flaky(flip);
    }

    @Benchmark
    public String backoffLogged(Logged logged) throws Flake {
        return cdi.backoff.flaky(flip);
    }

    @Benchmark
    public String smallryeRetry() throws Flake {
        return cdi.retry.flaky(flip);
    }

    @Benchmark
    public String failsafe() {
        return failsafe.get(failsafeCall);
    }

    @Benchmark
    public String resilience4j() throws Exception {
        return resilience4jCall.call();
    }

    @Benchmark
    public String asyncBackoff() {
        return value(cdi.backoff.flakyAsync(flip));
    }

    @Benchmark
    public String asyncSmallryeRetry() {
        return value(cdi.retry.flakyAsync(flip));
    }

    @Benchmark
    public String asyncFailsafe() {
        return value(failsafeAsync.getStageAsync(failsafeAsyncCall));
    }

    @Benchmark
    public String asyncResilience4j() {
        return value(resilience4jAsyncCall.get());
    }
}
