package dev.backoff.docs.guide.budget;

import dev.backoff.docs.BackoffWeld;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.GiveupReason;
import dev.backoff.spi.BudgetSettings;
import dev.backoff.spi.RetryBudget;
import dev.backoff.testing.VirtualTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** What the guide says of retry budgets, and of the shared store it shows. */
class BudgetDocsTest {

    static final List<GiveupReason> REASONS = new CopyOnWriteArrayList<>();

    @ApplicationScoped
    public static class Reasons {
        void heard(@Observes GiveupEvent event) {
            REASONS.add(event.reason());
        }
    }

    /** The shared store, in memory: what every replica's client would see. */
    @ApplicationScoped
    public static class InMemoryCounters implements SharedCounters {
        private final Map<String, Long> counters = new ConcurrentHashMap<>();

        @Override
        public long add(String key, long delta, Duration expireAfter) {
            return counters.merge(key, delta, Long::sum);
        }

        @Override
        public long get(String key) {
            return counters.getOrDefault(key, 0L);
        }

        Set<String> keys() {
            return Set.copyOf(counters.keySet());
        }
    }

    @Test
    void inAnOutageTheBudgetCutsTheRetriesOfBothMethodsToItsShare() {
        REASONS.clear();
        try (WeldContainer weld = BackoffWeld.start(Catalog.class, CatalogService.class, Reasons.class)) {
            Catalog catalog = weld.select(Catalog.class).get();
            CatalogService service = weld.select(CatalogService.class).get();
            VirtualTime time = weld.select(VirtualTime.class).get();
            time.holdScheduledTasks(); // the retries wait until the test moves the clock, as they would all wait
            service.down(true);

            // 200 requests at once, each calling one of the two methods
            List<CompletableFuture<String>> calls = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                calls.add(catalog.item("item-" + i).toCompletableFuture());
                calls.add(catalog.search("query-" + i).toCompletableFuture());
            }
            time.advance(Duration.ofMinutes(1));

            assertThat(calls).allSatisfy(call -> assertThat(call).isCompletedExceptionally());
            // without a budget: 200 calls of 5 tries, 800 retries. With the default one: the floor of 100 (10 a second
            // over the 10 s window) and 0.2 retries per call started, 40: 140
            assertThat(service.requests() - 200).isEqualTo(140);
            assertThat(REASONS).contains(GiveupReason.BUDGET_EXHAUSTED);
        }
    }

    @Test
    void theSharedStoreBoundsTheRetriesOfAllReplicasTogether() {
        InMemoryCounters counters = new InMemoryCounters();
        SharedBudgets store = new SharedBudgets();
        store.counters = counters;
        store.clock = new VirtualTime();
        BudgetSettings settings = new BudgetSettings(0.5, 0, Duration.ofSeconds(10));
        RetryBudget replicaA = store.budget("catalog", settings);
        RetryBudget replicaB = store.budget("catalog", settings);

        replicaA.deposit();
        replicaB.deposit();
        replicaB.deposit();
        replicaB.deposit();

        // four calls in the fleet, one retry for two calls: two retries, whichever replica asks
        assertThat(replicaA.tryWithdraw()).isTrue();
        assertThat(replicaB.tryWithdraw()).isTrue();
        assertThat(replicaA.tryWithdraw()).isFalse();
    }

    @Test
    void theSharedStoreReplacesTheDefaultOne() {
        try (WeldContainer weld = BackoffWeld.start(Catalog.class, CatalogService.class, SharedBudgets.class,
                InMemoryCounters.class)) {
            weld.select(CatalogService.class).get().down(true);

            assertThat(weld.select(Catalog.class).get().item("x").toCompletableFuture()).isCompletedExceptionally();

            InMemoryCounters counters = weld.select(InMemoryCounters.class).get();
            assertThat(counters.keys()).as("the call, and its retries, counted in the shared store")
                    .anyMatch(key -> key.startsWith("budget:catalog:calls:"))
                    .anyMatch(key -> key.startsWith("budget:catalog:retries:"));
        }
    }
}
