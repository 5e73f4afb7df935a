package dev.backoff.tck.config;

import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.Tck;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A bean method that always fails, and what a call of it did: the attempts made and the waits between them. */
public abstract class Failing {

    private final AtomicInteger calls = new AtomicInteger();

    /**
     * For subclasses' annotated methods to throw: counts the attempt and returns its failure. It returns rather than
     * throws because ArC intercepts a bean's calls to its own methods: under a class-level {@code @Backoff}, a throwing
     * helper would run a retry loop of its own inside every attempt.
     */
    protected IOException failure() {
        return new IOException("attempt " + calls.incrementAndGet());
    }

    /** The calls and waits of one give-up. */
    public record Outcome(int calls, List<Duration> waits) {
    }

    /**
     * Starts a container with {@code beanClass}, calls {@code method} on its bean once, expects the
     * {@code IOException} of the last attempt, and returns what happened.
     */
    public static <T extends Failing> Outcome callOnce(Class<T> beanClass, Call<T> method) {
        try (Deployed deployed = Tck.start(beanClass)) {
            T bean = deployed.get(beanClass);
            assertThatThrownBy(() -> method.call(bean)).isInstanceOf(IOException.class)
                    .hasMessage("attempt " + bean.calls());
            return new Outcome(bean.calls(), deployed.get(VirtualTime.class).waits());
        }
    }

    /** A call of a bean method. */
    @FunctionalInterface
    public interface Call<T> {
        void call(T bean) throws Exception;
    }

    /** The attempts made so far. */
    public int calls() {
        return calls.get();
    }
}
