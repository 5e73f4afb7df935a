package dev.backoff.tck.deployment;

import dev.backoff.Backoff;
import dev.backoff.BackoffListener;
import dev.backoff.tck.Feature;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import dev.backoff.tck.TckConfig;
import jakarta.enterprise.inject.spi.DeploymentException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Future;

import static dev.backoff.tck.deployment.Deployment.problems;
import static dev.backoff.tck.deployment.Deployment.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * SPEC 6: every problem of every bean, annotation and config alike, in one deployment failure, on both extensions: a
 * member class that cannot be made among them, and, where the container lets the library report them, final methods
 * (OpenWebBeans refuses those itself, first: see {@link Feature#FINAL_METHOD_UNBINDING}).
 */
@Spec("6")
class AllProblemsInOneFailureTest {

    @Spec({"5.5", "6"})
    @Test
    void everyProblemOfEveryBeanIsListed() {
        TckConfig.set("Backoff/payments/unit", "fortnights");

        List<String> problems = problems(Orders.class, Payments.class, Shipments.class);

        assertThat(problems).hasSize(5);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(where(Orders.class, "place"))
                .contains("@Backoff(maxTries = -1) is not valid"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(where(Orders.class, "audit"))
                .contains("private method"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(where(Payments.class, "charge"))
                .contains("returning java.util.concurrent.Future"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(where(Payments.class, "refund"))
                .contains("config key Backoff/payments/unit = \"fortnights\" is not valid"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(where(Shipments.class, "ship"))
                .contains("@Backoff(listeners = " + Unmakeable.class.getName() + ".class) cannot be created"));
    }

    @Spec({"5.5", "6"})
    @Test
    void finalMethodsAreListedWithTheOtherProblems() {
        Tck.requires(Feature.FINAL_METHOD_UNBINDING);
        TckConfig.set("Backoff/payments/unit", "fortnights");

        List<String> problems = problems(Orders.class, Payments.class, Shipments.class, Closing.class,
                Tracking.class);

        assertThat(problems).hasSize(7);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(where(Closing.class, "close"))
                .contains("final method"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(where(Tracking.class, "track"))
                .contains("the class @Backoff of " + Tracking.class.getName() + " covers this final method"));
    }

    /** The container may wrap it: the first {@link DeploymentException} of the cause chain holds the one report. */
    @Test
    void inOneDeploymentException() {
        Tck.requires(Feature.REPORT_IN_DEPLOYMENT_EXCEPTION);
        Throwable failure = catchThrowable(() -> Tck.start(Orders.class, Payments.class).close());

        DeploymentException deploymentException = null;
        for (Throwable t = failure; t != null && deploymentException == null; t = t.getCause()) {
            if (t instanceof DeploymentException d) {
                deploymentException = d;
            }
        }
        assertThat(deploymentException).as("a DeploymentException in the cause chain of %s", failure).isNotNull();
        assertThat(deploymentException.getMessage()).containsOnlyOnce("backoff-cdi found 3 problems");
    }

    public static class Orders {
        @Backoff(maxTries = -1)
        public void place() {
            audit();
        }

        @Backoff
        private void audit() {
        }
    }

    public static class Closing {
        @Backoff
        public final void close() {
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

    /** A listener that can never be made. */
    @Backoff(listeners = Unmakeable.class)
    public static class Shipments {
        public void ship() {
        }
    }

    /** A class annotation over a final method. */
    @Backoff
    public static class Tracking {
        public final void track() {
        }
    }

    public abstract static class Unmakeable implements BackoffListener {
    }
}
