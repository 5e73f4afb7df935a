package dev.backoff.tck.seed;

import dev.backoff.Falsy;
import dev.backoff.event.BackoffEvent;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.seed.resource.Resource;
import dev.backoff.tck.seed.resource.ResourceNotFound;
import dev.backoff.tck.seed.resource.ResourceWaiter;
import dev.backoff.tck.seed.resource.Resources;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

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
 * As {@link ResourceWaiter}: {@code lambda result: not result} is {@link Falsy}, and "no resource yet" an empty
 * {@link Optional} rather than {@code None}. Default (full) jitter: each wait is in {@code [0, fib(n)]} seconds, the
 * sequence capped at 30: 1, 1, 2, 3, 5, 8, 13, 21, 30, 30, ...
 */
@Spec("seed: Wait for Resource Availability")
@Deploy({ResourceWaiter.class, Resources.class, EventLog.class})
class WaitForResourceTest {

    private static final double[] CAPPED_FIBONACCI = {1, 1, 2, 3, 5, 8, 13, 21};

    @Inject
    ResourceWaiter waiter;

    @Inject
    Resources resources;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    @Test
    void waitsWhileTheResourceIsMissingOrNotReady() {
        Resource ready = new Resource("bucket-1", true);
        resources.script()
                .thenThrow(2, n -> new ResourceNotFound("bucket-1"))
                .thenReturn(new Resource("bucket-1", false))
                .thenReturn(ready);

        assertThat(waiter.waitForResource("bucket-1")).containsSame(ready);

        assertThat(resources.script().calls()).isEqualTo(4);
        assertFullJitter(time.waits(), 1, 1, 2);
        assertThat(events.backoffs()).extracting(BackoffEvent::value).containsOnly(Optional.empty());
    }

    @Test
    void afterFiveMinutesReturnsEmptyWithWaitsCappedAtThirtySeconds() {
        resources.script().thenAlwaysReturn(n -> new Resource("bucket-2", false));

        assertThat(waiter.waitForResource("bucket-2")).isEmpty();

        List<BackoffEvent> backoffs = events.backoffs();
        assertThat(resources.script().calls()).isEqualTo(backoffs.size() + 1)
                // at most 1 + 1 + 2 + ... + 21 = 54 s in the first 8 waits, then at most 30 s each: 9 more at least
                .isGreaterThanOrEqualTo(18);
        assertFullJitterUnderMaxTime(backoffs, n -> n < CAPPED_FIBONACCI.length ? CAPPED_FIBONACCI[n] : 30,
                Duration.ofSeconds(300));
        assertElapsedIsTheSumOfEarlierWaits(backoffs);
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(300));
        assertThat(events.giveups()).singleElement().satisfies(g -> {
            assertThat(g.value()).isEqualTo(Optional.empty());
            assertThat(g.exception()).isNull();
            assertThat(g.tries()).isEqualTo(resources.script().calls());
        });
    }

    @Test
    void anotherFailureOfTheLookupIsThrownAtOnce() {
        IllegalStateException down = new IllegalStateException("registry unavailable");
        resources.script().thenThrow(n -> down);

        assertThat(catchThrowable(() -> waiter.waitForResource("bucket-3"))).isSameAs(down);

        assertThat(resources.script().calls()).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
    }
}
