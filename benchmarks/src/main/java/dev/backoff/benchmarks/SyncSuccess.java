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

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The sync success path: one call that succeeds on its first try, through each way of retrying it. {@code plainJava}
 * is the method on an object made with {@code new}; {@code plainBean} the same through the CDI client proxy;
 * {@code noopInterceptor} adds an interceptor that only proceeds, the floor {@code @Backoff} is compared with.
 * Failsafe and Resilience4j wrap the {@code plainBean} call. The beans are {@code @ApplicationScoped}; the two
 * {@code ...Dependent} ones are {@code @Dependent}, without the client proxy (see {@link DependentBeans}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class SyncSuccess {

    private final PlainService direct = new PlainService();
    private String input = "hello";
    private Cdi cdi;
    private FailsafeExecutor<String> failsafe;
    private CheckedSupplier<String> failsafeCall;
    private Supplier<String> resilience4jCall;

    @Setup
    public void start() {
        cdi = Cdi.start();
        PlainService plain = cdi.plain;
        failsafe = Peers.failsafe();
        failsafeCall = () -> plain.echo(input);
        Retry retry = Peers.resilience4j();
        resilience4jCall = Retry.decorateSupplier(retry, () -> plain.echo(input));
    }

    @TearDown
    public void stop() {
        cdi.close();
    }

    @Benchmark
    public String plainJava() {
        return direct.echo(input);
    }

    @Benchmark
    public String plainBean() {
        return cdi.plain.echo(input);
    }

    @Benchmark
    public String noopInterceptor() {
        return cdi.noop.echo(input);
    }

    @Benchmark
    public String backoff() {
        return cdi.backoff.echo(input);
    }

    @Benchmark
    public String noopInterceptorDependent() {
        return cdi.dependentNoop.echo(input);
    }

    @Benchmark
    public String backoffDependent() {
        return cdi.dependentBackoff.echo(input);
    }

    @Benchmark
    public String smallryeRetry() {
        return cdi.retry.echo(input);
    }

    @Benchmark
    public String failsafe() {
        return failsafe.get(failsafeCall);
    }

    @Benchmark
    public String resilience4j() {
        return resilience4jCall.get();
    }
}
