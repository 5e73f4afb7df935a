package dev.backoff.deployment;

import dev.backoff.Backoff;
import dev.backoff.testing.BackoffWeld;
import dev.backoff.testing.TestConfig;
import jakarta.enterprise.inject.spi.DeploymentException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Future;

import static dev.backoff.deployment.Deployment.problems;
import static dev.backoff.deployment.Deployment.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SPEC 6: every problem of every bean, annotation and config alike, in one deployment failure. */
class AllProblemsInOneFailureTest {

    @AfterEach
    void clearConfig() {
        TestConfig.clear();
    }

    @Test
    void everyProblemOfEveryBeanIsListed() {
        TestConfig.set("Backoff/payments/unit", "fortnights");

        List<String> problems = problems(Orders.class, Payments.class);

        assertThat(problems).hasSize(5);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(where(Orders.class, "place"))
                .contains("@Backoff(maxTries = -1) is not valid"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(where(Orders.class, "audit"))
                .contains("private method"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(where(Orders.class, "close"))
                .contains("final method"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(where(Payments.class, "charge"))
                .contains("returning java.util.concurrent.Future"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(where(Payments.class, "refund"))
                .contains("config key Backoff/payments/unit = \"fortnights\" is not valid"));
    }

    @Test
    void inOneDeploymentException() {
        assertThatThrownBy(() -> BackoffWeld.start(Orders.class, Payments.class).close())
                .isInstanceOf(DeploymentException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsOnlyOnce("backoff-cdi found 4 problems"));
    }

    public static class Orders {
        @Backoff(maxTries = -1)
        public void place() {
        }

        @Backoff
        private void audit() {
        }

        @Backoff
        public final void close() {
            audit();
        }
    }

    public static class Payments {
        @Backoff
        public Future<String> charge() {
            return null;
        }

        @Backoff(name = "payments")
        public String refund() {
            return "";
        }
    }
}
