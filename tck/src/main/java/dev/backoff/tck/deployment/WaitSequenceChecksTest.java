package dev.backoff.tck.deployment;

import dev.backoff.Backoff;
import dev.backoff.Wait;
import dev.backoff.WaitFunction;
import dev.backoff.tck.Spec;
import dev.backoff.tck.TckConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import static dev.backoff.tck.deployment.Deployment.deploys;
import static dev.backoff.tck.deployment.Deployment.problem;
import static dev.backoff.tck.deployment.Deployment.where;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 6: base <= 0, an empty interval, RUNTIME without waitFrom and waitFrom without RUNTIME. */
@Spec("6")
class WaitSequenceChecksTest {

    @Test
    void zeroBase() {
        assertThat(problem(ZeroBase.class)).startsWith(where(ZeroBase.class, "call") + "): ")
                .contains("@Backoff(base = 0.0) is not valid", "accepted: a number > 0");
    }

    @Test
    void negativeBase() {
        assertThat(problem(NegativeBase.class)).startsWith(where(NegativeBase.class, "call"))
                .contains("@Backoff(base = -2.0) is not valid", "accepted: a number > 0");
    }

    @Test
    void emptyInterval() {
        assertThat(problem(EmptyInterval.class)).startsWith(where(EmptyInterval.class, "call"))
                .contains("@Backoff(interval = []) is not valid", "accepted: one or more");
    }

    @Test
    void unitLongerThanDays() {
        assertThat(problem(Weeks.class)).startsWith(where(Weeks.class, "call"))
                .contains("@Backoff(unit = WEEKS) is not valid", "accepted: one of NANOS", "DAYS");
    }

    @Test
    void runtimeWithoutWaitFrom() {
        assertThat(problem(RuntimeAlone.class)).startsWith(where(RuntimeAlone.class, "call"))
                .contains("@Backoff(strategy = RUNTIME) needs waitFrom", "accepted: strategy = RUNTIME together with"
                        + " waitFrom");
    }

    @Test
    void waitFromWithoutRuntime() {
        assertThat(problem(WaitFromAlone.class)).startsWith(where(WaitFromAlone.class, "call"))
                .contains("@Backoff(waitFrom = " + RetryAfter.class.getName() + ".class)", "strategy is EXPO",
                        "accepted: waitFrom together with strategy = RUNTIME");
    }

    @Test
    void runtimeWithWaitFromDeploys() {
        deploys(RuntimeWithWaitFrom.class);
    }

    @Spec({"5.5", "6"})
    @Test
    void configStrategyWithoutRuntimeWhileWaitFromIsGiven() {
        String key = RuntimeWithWaitFrom.class.getName() + "/call/Backoff/strategy";
        TckConfig.set(key, "constant");

        assertThat(problem(RuntimeWithWaitFrom.class)).startsWith(where(RuntimeWithWaitFrom.class, "call"))
                .contains("config key " + key + " = \"constant\" is not valid",
                        "accepted: RUNTIME", "waitFrom = " + RetryAfter.class.getName());
    }

    @Spec({"5.5", "6"})
    @Test
    void configStrategyRuntimeWithoutWaitFrom() {
        TckConfig.set("Backoff/strategy", "runtime");

        assertThat(problem(Plain.class)).startsWith(where(Plain.class, "call"))
                .contains("config key Backoff/strategy = \"runtime\" is not valid",
                        "accepted: RUNTIME only together with @Backoff(waitFrom");
    }

    /** Config replaces the annotation's value before it is checked: what runs is what must be valid. */
    @Spec({"5.2", "6"})
    @Test
    void configValueReplacesABadAnnotationValue() {
        TckConfig.set(ZeroBaseFixedByConfig.class.getName() + "/call/Backoff/base", "1.5");

        deploys(ZeroBaseFixedByConfig.class);
    }

    public static class Plain {
        @Backoff
        public void call() {
        }
    }

    public static class ZeroBase {
        @Backoff(base = 0)
        public void call() {
        }
    }

    public static class ZeroBaseFixedByConfig {
        @Backoff(base = 0)
        public void call() {
        }
    }

    public static class NegativeBase {
        @Backoff(base = -2)
        public void call() {
        }
    }

    public static class EmptyInterval {
        @Backoff(strategy = Wait.CONSTANT, interval = {})
        public void call() {
        }
    }

    public static class Weeks {
        @Backoff(unit = ChronoUnit.WEEKS)
        public void call() {
        }
    }

    public static class RuntimeAlone {
        @Backoff(strategy = Wait.RUNTIME)
        public void call() {
        }
    }

    public static class WaitFromAlone {
        @Backoff(waitFrom = RetryAfter.class)
        public void call() {
        }
    }

    public static class RuntimeWithWaitFrom {
        @Backoff(strategy = Wait.RUNTIME, waitFrom = RetryAfter.class)
        public void call() {
        }
    }

    public static class RetryAfter implements WaitFunction {
        @Override
        public Duration waitFor(Object outcome) {
            return Duration.ofSeconds(1);
        }
    }
}
