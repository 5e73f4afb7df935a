package dev.backoff.tck.budget;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.GiveupReason;
import dev.backoff.spi.BudgetSettings;
import dev.backoff.spi.RetryBudget;
import dev.backoff.spi.RetryBudgets;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import dev.backoff.tck.TckConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC 10: a retry budget, shared by every policy that names it: every call deposits, every retry withdraws, and a
 * call that would retry when it is spent gives up at once.
 */
@Spec({"10.1", "10.2", "10.3"})
class RetryBudgetTest {

    static final List<GiveupReason> REASONS = new CopyOnWriteArrayList<>();

    @BeforeEach
    void reset() {
        REASONS.clear();
        // no floor, one retry for every two calls: what the tests count is exact
        TckConfig.set("Backoff/budget/inventory/minPerSecond", "0");
        TckConfig.set("Backoff/budget/inventory/ratio", "0.5");
    }

    @Test
    void theCallsOfEveryPolicyThatNamesTheBudgetPayForItsRetries() {
        try (Deployed deployed = Tck.start(Stock.class, Orders.class, Reasons.class, Registry.class)) {
            Stock stock = deployed.get(Stock.class);
            Orders orders = deployed.get(Orders.class);
            orders.place();
            orders.place();
            stock.count(); // fine at once

            // four calls in all: two retries, then the budget is spent
            assertThatThrownBy(() -> stock.failing()).isInstanceOf(IOException.class).hasMessage("failure 3");

            assertThat(REASONS).containsExactly(GiveupReason.BUDGET_EXHAUSTED);
            assertThat(deployed.get(MeterRegistry.class).get("backoff.budget.exhausted").tag("budget", "inventory")
                    .counter().count()).isEqualTo(1);
        }
    }

    @Test
    void aFirstAttemptIsNeverRefused() throws IOException {
        try (Deployed deployed = Tck.start(Stock.class, Reasons.class, Registry.class)) {
            Stock stock = deployed.get(Stock.class);
            assertThatThrownBy(() -> stock.failing()).isInstanceOf(IOException.class).hasMessage("failure 1")
                    .as("one call: half a retry, so none");

            assertThat(stock.count()).as("the next call's attempt is made").isEqualTo(7);
        }
    }

    @Test
    @Spec({"10.3", "3.1"})
    void anAsyncCallGivesUpTheSameWay() {
        try (Deployed deployed = Tck.start(Stock.class, Reasons.class, Registry.class)) {
            Stock stock = deployed.get(Stock.class);
            stock.count();

            assertThat(stock.failingLater()).failsWithin(Duration.ofSeconds(10));

            assertThat(REASONS).containsExactly(GiveupReason.BUDGET_EXHAUSTED);
        }
    }

    @Test
    @Spec({"10.1", "5.2"})
    void theGlobalKeyPutsEveryPolicyUnderOneBudget() {
        TckConfig.set("Backoff/budget", "inventory");
        try (Deployed deployed = Tck.start(Stock.class, Unbudgeted.class, Reasons.class, Registry.class)) {
            Unbudgeted unbudgeted = deployed.get(Unbudgeted.class);

            assertThatThrownBy(unbudgeted::failing).isInstanceOf(IOException.class).hasMessage("failure 1");

            assertThat(REASONS).containsExactly(GiveupReason.BUDGET_EXHAUSTED);
        }
    }

    @Test
    @Spec({"10.2", "5.5"})
    void aBadSettingFailsTheDeployment() {
        TckConfig.set("Backoff/budget/inventory/ratio", "-1");
        TckConfig.set("Backoff/budget/inventory/windw", "5s");

        assertThat(Tck.deploymentFailure(Stock.class, Registry.class))
                .contains("config key Backoff/budget/inventory/ratio = \"-1\" is not valid: retry budget setting ratio"
                        + " = -1.0 is out of range; accepted: a finite number >= 0")
                .contains("key Backoff/budget/inventory/windw names no setting of a retry budget; accepted: the"
                        + " closest, window");
    }

    @Test
    @Spec("10.4")
    void theStoreIsABeanTheApplicationCanReplace() {
        try (Deployed deployed = Tck.start(Stock.class, Reasons.class, Registry.class, CountingBudgets.class)) {
            Stock stock = deployed.get(Stock.class);
            CountingBudgets store = deployed.get(CountingBudgets.class);

            stock.count();
            stock.count();

            assertThat(store.asked).containsOnlyKeys("inventory");
            assertThat(store.asked.get("inventory")).isEqualTo(new BudgetSettings(0.5, 0, Duration.ofSeconds(10)));
            assertThat(store.deposits).hasValue(2);
        }
    }

    @ApplicationScoped
    public static class Stock {
        private int failures;

        @Backoff(budget = "inventory", jitter = Jitter.NONE)
        public int count() {
            return 7;
        }

        @Backoff(budget = "inventory", jitter = Jitter.NONE)
        public void failing() throws IOException {
            throw new IOException("failure " + ++failures);
        }

        @Backoff(budget = "inventory", jitter = Jitter.NONE)
        public CompletionStage<String> failingLater() {
            return CompletableFuture.failedFuture(new IOException("failure " + ++failures));
        }
    }

    @ApplicationScoped
    public static class Orders {
        @Backoff(name = "orders", budget = "inventory")
        public String place() {
            return "placed";
        }
    }

    @ApplicationScoped
    public static class Unbudgeted {
        private int failures;

        @Backoff(jitter = Jitter.NONE)
        public void failing() throws IOException {
            throw new IOException("failure " + ++failures);
        }
    }

    @ApplicationScoped
    public static class Reasons {
        void heard(@Observes GiveupEvent event) {
            REASONS.add(event.reason());
        }
    }

    public static class Registry {
        @Produces
        @Singleton
        MeterRegistry registry() {
            return new SimpleMeterRegistry();
        }
    }

    /** A store of the application's own: here one that counts, as a fleet-wide one would call its shared store. */
    @Alternative
    @Priority(1)
    @Singleton
    public static class CountingBudgets implements RetryBudgets {
        final Map<String, BudgetSettings> asked = new ConcurrentHashMap<>();
        final AtomicInteger deposits = new AtomicInteger();

        @Override
        public RetryBudget budget(String name, BudgetSettings settings) {
            asked.put(name, settings);
            return new RetryBudget() {
                @Override
                public void deposit() {
                    deposits.incrementAndGet();
                }

                @Override
                public boolean tryWithdraw() {
                    return false;
                }
            };
        }
    }
}
