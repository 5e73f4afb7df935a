package dev.backoff.tck.seed;

import dev.backoff.Backoff;
import dev.backoff.Falsy;
import dev.backoff.Wait;
import dev.backoff.event.BackoffEvent;
import dev.backoff.spi.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.backoff.tck.seed.WaitAssertions.assertElapsedIsTheSumOfEarlierWaits;
import static dev.backoff.tck.seed.WaitAssertions.assertFullJitter;
import static dev.backoff.tck.seed.WaitAssertions.assertFullJitterUnderMaxTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Seed example "Wait for Resource Availability":
 * <pre>
 * &#64;backoff.on_predicate(backoff.fibo, lambda result: not result, max_value=30, max_time=300)
 * def wait_for_resource(resource_id):
 *     try:
 *         resource = get_resource(resource_id)
 *         return resource if resource.is_ready() else None
 *     except ResourceNotFound:
 *         return None
 * </pre>
 * {@code lambda result: not result} is {@link Falsy}. Default (full) jitter: each wait is in
 * {@code [0, fib(n)]} seconds, the sequence capped at 30: 1, 1, 2, 3, 5, 8, 13, 21, 30, 30, ...
 */
@Spec("seed: Wait for Resource Availability")
@Deploy({WaitForResourceTest.ResourceWaiter.class, WaitForResourceTest.Registry.class, EventLog.class})
class WaitForResourceTest {

    private static final double[] CAPPED_FIBONACCI = {1, 1, 2, 3, 5, 8, 13, 21};

    @Inject
    ResourceWaiter waiter;

    @Inject
    Registry registry;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    public record Resource(String id, boolean isReady) {
    }

    public static class ResourceNotFound extends RuntimeException {
        public ResourceNotFound(String id) {
            super("no resource " + id);
        }
    }

    /** Where resources are looked up: each lookup plays the next step of the script. */
    @ApplicationScoped
    public static class Registry {
        private final Script<Resource, RuntimeException> script = new Script<>();

        public Script<Resource, RuntimeException> script() {
            return script;
        }

        public Resource getResource(String id) {
            return script.next();
        }
    }

    @ApplicationScoped
    public static class ResourceWaiter {

        @Inject
        Registry registry;

        @Backoff(retryIf = Falsy.class, strategy = Wait.FIBO, maxValue = 30, maxTime = 300)
        public Resource waitForResource(String resourceId) {
            try {
                Resource resource = registry.getResource(resourceId);
                return resource.isReady() ? resource : null;
            } catch (ResourceNotFound e) {
                return null;
            }
        }
    }

    @Test
    void waitsWhileTheResourceIsMissingOrNotReady() {
        Resource ready = new Resource("bucket-1", true);
        registry.script()
                .thenThrow(2, n -> new ResourceNotFound("bucket-1"))
                .thenReturn(new Resource("bucket-1", false))
                .thenReturn(ready);

        assertThat(waiter.waitForResource("bucket-1")).isSameAs(ready);

        assertThat(registry.script().calls()).isEqualTo(4);
        assertFullJitter(time.waits(), 1, 1, 2);
        assertThat(events.backoffs()).extracting(BackoffEvent::value).containsOnlyNulls();
    }

    @Test
    void afterFiveMinutesReturnsNullWithWaitsCappedAtThirtySeconds() {
        registry.script().thenAlwaysReturn(n -> new Resource("bucket-2", false));

        assertThat(waiter.waitForResource("bucket-2")).isNull();

        List<BackoffEvent> backoffs = events.backoffs();
        assertThat(registry.script().calls()).isEqualTo(backoffs.size() + 1)
                // at most 1 + 1 + 2 + ... + 21 = 54 s in the first 8 waits, then at most 30 s each: 9 more at least
                .isGreaterThanOrEqualTo(18);
        assertFullJitterUnderMaxTime(backoffs, n -> n < CAPPED_FIBONACCI.length ? CAPPED_FIBONACCI[n] : 30,
                Duration.ofSeconds(300));
        assertElapsedIsTheSumOfEarlierWaits(backoffs);
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(300));
        assertThat(events.giveups()).singleElement().satisfies(g -> {
            assertThat(g.value()).isNull();
            assertThat(g.exception()).isNull();
            assertThat(g.tries()).isEqualTo(registry.script().calls());
        });
    }

    @Test
    void anotherFailureOfTheLookupIsThrownAtOnce() {
        IllegalStateException down = new IllegalStateException("registry unavailable");
        registry.script().thenThrow(n -> down);

        assertThat(catchThrowable(() -> waiter.waitForResource("bucket-3"))).isSameAs(down);

        assertThat(registry.script().calls()).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
    }
}
