package dev.backoff.tck.events;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Micrometer meters, when Micrometer is on the class path: calls by outcome, give-ups by reason, retries, waits,
 * tagged with the policy's name (SPEC 1, member {@code name}: "in config keys, logs, events and metrics").
 */
@Spec("1")
@Deploy({MetricsTest.Payments.class, MetricsTest.Registry.class})
class MetricsTest {

    @Inject
    Payments payments;

    @Inject
    MeterRegistry registry;

    @Test
    void callsAreCountedByOutcomeAndRetriesAndWaitsPerPolicy() throws IOException {
        payments.failNext(0);
        payments.charge();
        payments.failNext(2);
        payments.charge();
        payments.failNext(5);
        assertThatThrownBy(payments::charge).isInstanceOf(IOException.class);
        payments.unnamed();

        assertThat(calls("payments", "success_without_retry")).isEqualTo(1);
        assertThat(calls("payments", "success_after_retry")).isEqualTo(1);
        assertThat(calls("payments", "gave_up")).isEqualTo(1);
        assertThat(registry.get("backoff.retries").tag("policy", "payments").counter().count())
                .as("2 retries, then 2 before giving up at maxTries = 3").isEqualTo(4);
        assertThat(registry.get("backoff.waits").tag("policy", "payments").timer().totalTime(TimeUnit.SECONDS))
                .as("1 + 2, then 1 + 2").isEqualTo(6);
        assertThat(registry.find("backoff.giveups").tag("policy", "payments").counters())
                .as("one series per reason a call gave up for").singleElement()
                .satisfies(giveups -> assertThat(giveups.getId().getTag("reason")).isEqualTo("MAX_TRIES"))
                .satisfies(giveups -> assertThat(giveups.count()).isEqualTo(1));
        assertThat(calls(Payments.class.getName() + ".unnamed", "success_without_retry"))
                .as("a policy without a name is tagged with its method").isEqualTo(1);
    }

    @Test
    void asyncCallsAreCountedTooWhetherTheirFirstStageIsDoneOrNot() {
        payments.failRefunds(0);
        assertThat(payments.refund().toCompletableFuture().join()).isEqualTo("refunded");
        payments.failRefunds(1);
        assertThat(payments.refund().toCompletableFuture().join()).isEqualTo("refunded");

        assertThat(calls("refunds", "success_without_retry")).isEqualTo(1);
        assertThat(calls("refunds", "success_after_retry")).isEqualTo(1);
        assertThat(registry.get("backoff.retries").tag("policy", "refunds").counter().count()).isEqualTo(1);
    }

    private double calls(String policy, String outcome) {
        return registry.get("backoff.calls").tag("policy", policy).tag("outcome", outcome).counter().count();
    }

    public static class Registry {
        @Produces
        @Singleton
        MeterRegistry registry() {
            return new SimpleMeterRegistry();
        }
    }

    @ApplicationScoped
    public static class Payments {
        private int failures;
        private int refundFailures;

        void failNext(int n) {
            failures = n;
        }

        void failRefunds(int n) {
            refundFailures = n;
        }

        @Backoff(name = "payments", on = IOException.class, maxTries = 3, jitter = Jitter.NONE)
        public String charge() throws IOException {
            if (failures-- > 0) {
                throw new IOException("declined");
            }
            return "charged";
        }

        @Backoff(name = "refunds", on = IOException.class, jitter = Jitter.NONE)
        public CompletionStage<String> refund() {
            return refundFailures-- > 0 ? CompletableFuture.failedFuture(new IOException("busy"))
                    : CompletableFuture.completedFuture("refunded");
        }

        @Backoff
        public String unnamed() {
            return "ok";
        }
    }
}
