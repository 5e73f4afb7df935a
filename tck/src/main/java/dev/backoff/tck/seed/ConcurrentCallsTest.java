package dev.backoff.tck.seed;

import dev.backoff.Backoff;
import dev.backoff.BackoffListener;
import dev.backoff.Jitter;
import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.SuccessEvent;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.backoff.tck.seed.WaitAssertions.seconds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100 threads call one {@code @Backoff} method of one bean at the same moment; call {@code i} fails {@code i % 5}
 * times. Nothing carries over between calls (SPEC 2.1, Python semantics 4.1): each call has its own tries, its own
 * wait sequence and its own outcome, whatever the other calls do at the same time. All 100 first attempts are held
 * inside the method until every one has arrived, so the calls really overlap. {@code jitter = NONE}, so each call's
 * waits are exact; {@code maxTries = 4}, so the calls that fail 4 times give up.
 */
@Spec("2.1")
@Deploy({ConcurrentCallsTest.Inventory.class, ConcurrentCallsTest.PerCallLog.class})
class ConcurrentCallsTest {

    private static final int CALLS = 100;
    private static final int MAX_TRIES = 4;
    private static final List<Duration> EXPO = seconds(1, 2, 4);

    @Inject
    Inventory inventory;

    @Inject
    PerCallLog perCall;

    @Inject
    VirtualTime time;

    public static class TransientFailure extends Exception {
        public TransientFailure(int id, int attempt) {
            super("item " + id + ", attempt " + attempt);
        }
    }

    /** Keeps each call's events apart, by the call's argument. */
    @ApplicationScoped
    public static class PerCallLog implements BackoffListener {
        private final Map<Object, List<Object>> byArgument = new ConcurrentHashMap<>();

        @Override
        public void onBackoff(BackoffEvent event) {
            add(event.args().get(0), event);
        }

        @Override
        public void onGiveup(GiveupEvent event) {
            add(event.args().get(0), event);
        }

        @Override
        public void onSuccess(SuccessEvent event) {
            add(event.args().get(0), event);
        }

        private void add(Object argument, Object event) {
            byArgument.computeIfAbsent(argument, a -> new CopyOnWriteArrayList<>()).add(event);
        }

        public List<Object> of(int argument) {
            return List.copyOf(byArgument.getOrDefault(argument, List.of()));
        }

        public <T> List<T> of(int argument, Class<T> type) {
            return of(argument).stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    @ApplicationScoped
    public static class Inventory {
        private final Map<Integer, List<TransientFailure>> failures = new ConcurrentHashMap<>();
        private final Map<Integer, Integer> attempts = new ConcurrentHashMap<>();
        private volatile CountDownLatch firstAttempts = new CountDownLatch(0);

        /** Holds every first attempt until {@code calls} first attempts have started. */
        public void holdFirstAttemptsUntil(int calls) {
            firstAttempts = new CountDownLatch(calls);
        }

        public int attempts(int id) {
            return attempts.getOrDefault(id, 0);
        }

        public List<TransientFailure> failures(int id) {
            return failures.getOrDefault(id, List.of());
        }

        @Backoff(on = TransientFailure.class, maxTries = MAX_TRIES, jitter = Jitter.NONE, listeners = PerCallLog.class)
        public String reserve(int id) throws TransientFailure, InterruptedException {
            int attempt = attempts.merge(id, 1, Integer::sum);
            if (attempt == 1) {
                firstAttempts.countDown();
                if (!firstAttempts.await(30, TimeUnit.SECONDS)) {
                    throw new AssertionError("the calls did not all reach the method together");
                }
            }
            if (attempt <= id % 5) {
                TransientFailure failure = new TransientFailure(id, attempt);
                failures.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(failure);
                throw failure;
            }
            return "reserved " + id;
        }
    }

    @Test
    void everyConcurrentCallHasItsOwnTriesWaitsAndOutcome() throws Exception {
        inventory.holdFirstAttemptsUntil(CALLS);
        CountDownLatch ready = new CountDownLatch(CALLS);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(CALLS);
        List<Object> outcomes = new ArrayList<>();
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                int id = i;
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    start.await();
                    try {
                        return inventory.reserve(id);
                    } catch (TransientFailure e) {
                        return e;
                    }
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            start.countDown();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }

        for (int id = 0; id < CALLS; id++) {
            int failures = id % 5;
            boolean givesUp = failures >= MAX_TRIES;
            int tries = givesUp ? MAX_TRIES : failures + 1;
            int finalId = id;

            assertThat(inventory.attempts(id)).as("attempts of call %d", id).isEqualTo(tries);
            List<BackoffEvent> backoffs = perCall.of(id, BackoffEvent.class);
            assertThat(backoffs).as("backoffs of call %d", id).extracting(BackoffEvent::tries)
                    .isEqualTo(IntStream.rangeClosed(1, tries - 1).boxed().toList());
            assertThat(backoffs).as("waits of call %d", id).extracting(BackoffEvent::waitTime)
                    .isEqualTo(EXPO.subList(0, tries - 1));
            assertThat(backoffs).extracting(BackoffEvent::exception)
                    .isEqualTo(List.copyOf(inventory.failures(id).subList(0, tries - 1)));
            assertThat(perCall.of(id)).as("events of call %d", id).allSatisfy(e -> assertThat(argsOf(e))
                    .containsExactly(finalId));
            if (givesUp) {
                TransientFailure last = inventory.failures(id).get(MAX_TRIES - 1);
                assertThat(outcomes.get(id)).as("outcome of call %d", id).isSameAs(last);
                assertThat(perCall.of(id, GiveupEvent.class)).singleElement().satisfies(g -> {
                    assertThat(g.tries()).isEqualTo(MAX_TRIES);
                    assertThat(g.exception()).isSameAs(last);
                });
                assertThat(perCall.of(id, SuccessEvent.class)).isEmpty();
            } else {
                assertThat(outcomes.get(id)).as("outcome of call %d", id).isEqualTo("reserved " + id);
                assertThat(perCall.of(id, SuccessEvent.class)).singleElement().satisfies(s -> {
                    assertThat(s.tries()).isEqualTo(tries);
                    assertThat(s.value()).isEqualTo("reserved " + finalId);
                });
                assertThat(perCall.of(id, GiveupEvent.class)).isEmpty();
            }
        }
        // every wait the clock was asked for: calls failing at least once wait 1 s, at least twice 2 s, 3 or 4 times 4 s
        Map<Duration, Long> waits = time.waits().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(waits).containsOnly(Map.entry(seconds(1), 80L), Map.entry(seconds(2), 60L),
                Map.entry(seconds(4), 40L));
    }

    private static List<Object> argsOf(Object event) {
        if (event instanceof BackoffEvent e) {
            return e.args();
        }
        if (event instanceof GiveupEvent e) {
            return e.args();
        }
        return ((SuccessEvent) event).args();
    }
}
