package dev.backoff.tck.server;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import dev.backoff.WaitFunction;
import dev.backoff.tck.Deployed;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import dev.backoff.tck.TckConfig;
import dev.backoff.tck.server.ServerDirectedWaitTest.Throttled;
import dev.backoff.testing.VirtualTime;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SPEC 9.3 with 5: {@code retryAfter} and the config-only {@code maxServerDelay} are set by config, and checked. */
@Spec({"9.3", "5.1"})
class ServerDelayConfigTest {

    private static final String FETCH = Api.class.getName() + "/fetch/Backoff/";

    @Test
    void maxServerDelayIsSetByAGlobalKey() throws Exception {
        TckConfig.set("Backoff/maxServerDelay", "10s");
        try (Deployed deployed = Tck.start(Api.class)) {
            Api api = deployed.get(Api.class);

            api.answer(new Throttled(Duration.ofSeconds(10)));
            assertThat(api.fetch()).isEqualTo("ok");
            api.answer(new Throttled(Duration.ofSeconds(11)));
            assertThatThrownBy(api::fetch).isInstanceOf(Throttled.class);

            assertThat(deployed.get(VirtualTime.class).waits()).containsExactly(Duration.ofSeconds(10));
        }
    }

    @Test
    void aPlainNumberIsInThePolicysUnit() throws Exception {
        TckConfig.set("Backoff/maxServerDelay", "2500");
        try (Deployed deployed = Tck.start(Api.class)) {
            Api api = deployed.get(Api.class);

            api.answer(new Throttled(Duration.ofSeconds(3)));
            assertThatThrownBy(api::inMillis).isInstanceOf(Throttled.class).as("3 s is more than 2500 ms");
        }
    }

    @Test
    void retryAfterIsSetByASiteKey() throws Exception {
        TckConfig.set(FETCH + "retryAfter", "false");
        try (Deployed deployed = Tck.start(Api.class)) {
            Api api = deployed.get(Api.class);

            api.answer(new Throttled(Duration.ofDays(1)));
            assertThat(api.fetch()).isEqualTo("ok");

            assertThat(deployed.get(VirtualTime.class).waits()).containsExactly(Duration.ofSeconds(1));
        }
    }

    @Test
    @Spec({"9.3", "5.5"})
    void aBadMaxServerDelayFailsTheDeployment() {
        TckConfig.set("Backoff/maxServerDelay", "soon");

        assertThat(Tck.deploymentFailure(Api.class)).contains("config key Backoff/maxServerDelay = \"soon\" is not"
                + " valid; accepted: a number >= 0 in the policy's unit");
    }

    @Test
    @Spec({"9.3", "5.5"})
    void aSiteKeyForAServerDelayNoServerDelayUsesIsRefused() {
        TckConfig.set(Api.class.getName() + "/computed/Backoff/retryAfter", "true");
        TckConfig.set(Api.class.getName() + "/bounded/Backoff/maxServerDelay", "1m");

        assertThat(Tck.deploymentFailure(Api.class))
                .contains("computed/Backoff/retryAfter = \"true\" sets retryAfter, which this policy never uses:"
                        + " RUNTIME waits come from waitFrom alone")
                .contains("bounded/Backoff/maxServerDelay = \"1m\" sets maxServerDelay, which this policy never"
                        + " uses");
    }

    @ApplicationScoped
    public static class Api {
        private final Deque<Exception> failures = new ArrayDeque<>();

        void answer(Exception... next) {
            failures.clear();
            failures.addAll(List.of(next));
        }

        @Backoff(jitter = Jitter.NONE)
        public String fetch() throws Exception {
            return next();
        }

        @Backoff(jitter = Jitter.NONE, unit = java.time.temporal.ChronoUnit.MILLIS, maxTries = 2)
        public String inMillis() throws Exception {
            return next();
        }

        @Backoff(maxTime = 30)
        public String bounded() throws Exception {
            return next();
        }

        @Backoff(strategy = Wait.RUNTIME, waitFrom = Fixed.class)
        public String computed() throws Exception {
            return next();
        }

        private String next() throws Exception {
            Exception failure = failures.poll();
            if (failure != null) {
                throw failure;
            }
            return "ok";
        }
    }

    public static class Fixed implements WaitFunction {
        @Override
        public Duration waitFor(Object outcome) {
            return Duration.ofSeconds(1);
        }
    }
}
