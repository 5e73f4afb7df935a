package dev.backoff.benchmarks;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import org.jboss.weld.environment.se.WeldContainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The success path with the OpenTelemetry API on the class path (SPEC 4.4, 8) and a current span that does not record
 * (a remote parent that was not sampled, as a request that is not traced has), sync and async, beside the no-op
 * interceptor in the same context. {@code tracing} is at its default, {@code events}: a first-attempt success records
 * nothing. The span is made current once per thread, when its state is set up, so both sides measure only their calls.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(org.openjdk.jmh.annotations.Scope.Thread)
public class TracedSuccess extends NoopFloor {

    private WeldContainer container;
    private BackoffService backoff;
    private Scope current;

    @Setup
    public void start() {
        Cdi.quiet();
        container = Cdi.weld(NoopService.class, NoopInterceptor.class, BackoffService.class).initialize();
        noop = container.select(NoopService.class).get();
        backoff = container.select(BackoffService.class).get();
        current = notRecording();
    }

    /** Makes a valid span that does not record current on this thread: a request's that was not sampled. */
    static Scope notRecording() {
        Scope scope = Span.wrap(SpanContext.createFromRemoteParent("0af7651916cd43dd8448eb211c80319c",
                "b7ad6b7169203331", TraceFlags.getDefault(), TraceState.getDefault())).makeCurrent();
        if (!Span.current().getSpanContext().isValid() || Span.current().isRecording()) {
            throw new IllegalStateException("the current span should be a valid span that does not record");
        }
        return scope;
    }

    @TearDown
    public void stop() {
        current.close();
        container.close();
    }

    @Benchmark
    public String backoff() {
        return backoff.echo(input);
    }

    @Benchmark
    public String backoffAsync() {
        return value(backoff.echoAsync(input));
    }
}
