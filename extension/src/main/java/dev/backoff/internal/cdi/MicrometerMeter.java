package dev.backoff.internal.cdi;

import dev.backoff.event.GiveupReason;
import dev.backoff.internal.policy.Policy;
import dev.backoff.internal.policy.PolicyMeter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.inject.spi.BeanContainer;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A policy's Micrometer meters, tagged {@code policy} (its name, or {@code com.acme.Api.fetch}): the counter
 * {@code backoff.calls} by {@code outcome} ({@code success_without_retry}, {@code success_after_retry},
 * {@code gave_up}), the counter {@code backoff.giveups} by {@code reason} (a {@link GiveupReason}: a meter of its own,
 * since Prometheus wants the same tag keys on every series of one name), the counter {@code backoff.retries} and the
 * timer {@code backoff.waits}; for a policy with a retry budget, the counter {@code backoff.budget.exhausted} tagged
 * {@code budget} (its name), shared by every policy of that budget. They go to the container's {@link MeterRegistry} bean, or to Micrometer's global
 * registry when it has none.
 */
final class MicrometerMeter implements PolicyMeter {

    private final Counter withoutRetry;
    private final Counter afterRetry;
    private final Counter gaveUp;
    private final Counter retries;
    private final Timer waits;
    private final MeterRegistry registry;
    private final String policy;
    /** Counts the give-ups of every policy that names the budget: one counter per budget, whoever registers it. */
    private final Counter budgetExhausted;
    /** By reason, registered at the first give-up for it: a policy that never gives up shows no giveups series. */
    private final Counter[] giveups = new Counter[GiveupReason.values().length];

    private MicrometerMeter(MeterRegistry registry, String policy, String budget) {
        this.registry = registry;
        this.policy = policy;
        budgetExhausted = budget.isEmpty() ? null : Counter.builder("backoff.budget.exhausted").tag("budget", budget)
                .description("Retries a retry budget refused").register(registry);
        withoutRetry = calls(registry, policy, "success_without_retry");
        afterRetry = calls(registry, policy, "success_after_retry");
        gaveUp = calls(registry, policy, "gave_up");
        retries = Counter.builder("backoff.retries").tag("policy", policy)
                .description("Retries made by @Backoff").register(registry);
        waits = Timer.builder("backoff.waits").tag("policy", policy)
                .description("Waits before a retry of @Backoff").register(registry);
    }

    static Function<Policy.Builder, PolicyMeter> forContainer(BeanContainer container) {
        MeterRegistry registry = registry(container);
        return policy -> new MicrometerMeter(registry, policy.meterName(), policy.budgetName());
    }

    @Override
    public void succeeded(int tries) {
        (tries == 1 ? withoutRetry : afterRetry).increment();
    }

    @Override
    public void gaveUp(GiveupReason reason) {
        gaveUp.increment();
        Counter byReason = giveups[reason.ordinal()];
        if (byReason == null) { // a race registers the same counter twice: Micrometer returns the one it has
            byReason = Counter.builder("backoff.giveups").tag("policy", policy).tag("reason", reason.name())
                    .description("Give-ups of @Backoff calls by reason").register(registry);
            giveups[reason.ordinal()] = byReason;
        }
        byReason.increment();
        if (reason == GiveupReason.BUDGET_EXHAUSTED) {
            budgetExhausted.increment();
        }
    }

    @Override
    public void retried(long waitNanos) {
        retries.increment();
        waits.record(waitNanos, TimeUnit.NANOSECONDS);
    }

    private static Counter calls(MeterRegistry registry, String policy, String outcome) {
        return Counter.builder("backoff.calls").tag("policy", policy).tag("outcome", outcome)
                .description("Calls of @Backoff methods by outcome").register(registry);
    }

    private static MeterRegistry registry(BeanContainer container) {
        MeterRegistry bean = BeanLookup.find(container, MeterRegistry.class);
        return bean != null ? bean : Metrics.globalRegistry;
    }
}
