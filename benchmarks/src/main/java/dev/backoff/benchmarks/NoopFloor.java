package dev.backoff.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;

import java.util.concurrent.CompletionStage;

/**
 * What a success-path benchmark compares {@code @Backoff} with (SPEC 8): the no-op interceptor on the same kind of bean,
 * sync and async, in the same state. A subclass sets {@link #noop} up with its own container, and adds its
 * {@code @Backoff} benchmarks; JMH runs the ones here under the subclass's name.
 */
public abstract class NoopFloor {

    /** Not final, so that the JIT cannot fold the calls into constants. */
    protected String input = "hello";
    protected NoopService noop;

    /** The value of a stage, as a caller reads it. */
    protected static String value(CompletionStage<String> stage) {
        return stage.toCompletableFuture().join();
    }

    @Benchmark
    public String noopInterceptor() {
        return noop.echo(input);
    }

    @Benchmark
    public String noopInterceptorAsync() {
        return value(noop.echoAsync(input));
    }
}
