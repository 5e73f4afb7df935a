package dev.backoff.tck.async;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.spi.BackoffScheduler;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import dev.backoff.tck.config.Failing;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SPEC 3.3: any number of retries in constant stack depth, whatever the scheduler does with the waits. */
@Spec("3.3")
class ConstantStackTest {

    /**
     * Every attempt fails synchronously, and the scheduler runs each retry at once, inside {@code schedule}, as an
     * application's own scheduler may: only the library's own loop keeps the stack from growing with each try.
     */
    @Test
    void aMethodThatAlwaysFailsSynchronouslyRetriesInConstantStackDepth() throws IOException {
        try (Deployed deployed = Tck.start(SyncThrowing.class, InlineScheduler.class)) {
            SyncThrowing failing = deployed.get(SyncThrowing.class);

            CompletableFuture<String> result = failing.hundredThousandTries().toCompletableFuture();

            // every task ran inside schedule, so the call is over: a loop that overflowed its stack would have lost
            // the error in a dependent stage and left it pending, and join would wait for ever
            assertThat(result).as("ended while the caller waited for its future").isDone();
            assertThatThrownBy(result::join).cause().isInstanceOf(IOException.class).hasMessage("attempt 100000");
            assertThat(failing.calls()).isEqualTo(100_000);
            assertThat(deployed.get(InlineScheduler.class).nested()).as("the scheduler ran the retries nested")
                    .isEqualTo(99_999);
            assertThat(failing.depths()).as("stack depth at the third and the last try").hasSize(2)
                    // the same depth, give or take the frame or two of the path into the loop; recursion would add
                    // several frames per retry, hundreds of thousands here
                    .satisfies(depths -> assertThat(depths.get(1)).isBetween(depths.get(0) - 2, depths.get(0) + 2));
        }
    }

    @ApplicationScoped
    public static class SyncThrowing extends Failing {
        private final List<Integer> depths = new ArrayList<>();

        List<Integer> depths() {
            return depths;
        }

        @Backoff(on = IOException.class, maxTries = 100_000, factor = 0, jitter = Jitter.NONE)
        public CompletionStage<String> hundredThousandTries() throws IOException {
            IOException failure = failure();
            if (calls() == 3 || calls() == 100_000) {
                depths.add(new Throwable().getStackTrace().length);
            }
            throw failure;
        }
    }

    /** Runs each task inside {@code schedule}, on the scheduling thread, and counts those it ran there. */
    @Alternative
    @Priority(2)
    @Singleton
    public static class InlineScheduler implements BackoffScheduler {
        private final AtomicInteger nested = new AtomicInteger();

        int nested() {
            return nested.get();
        }

        @Override
        public Future<?> schedule(Runnable task, Duration wait) {
            nested.incrementAndGet();
            task.run();
            return CompletableFuture.completedFuture(null);
        }
    }
}
