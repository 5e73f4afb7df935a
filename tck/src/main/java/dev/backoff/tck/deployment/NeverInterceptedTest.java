package dev.backoff.tck.deployment;

import dev.backoff.Backoff;
import dev.backoff.tck.Feature;
import dev.backoff.tck.Spec;
import dev.backoff.tck.Tck;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.backoff.tck.deployment.Deployment.problem;
import static dev.backoff.tck.deployment.Deployment.problems;
import static dev.backoff.tck.deployment.Deployment.where;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 6: @Backoff where the container never calls the interceptor is an error, not a silent no-op. */
@Spec("6")
class NeverInterceptedTest {

    private static final String ACCEPTED = "accepted: a non-private, non-static, non-final method of a CDI bean";

    @Test
    void privateMethod() {
        assertThat(problem(PrivateApi.class)).startsWith(where(PrivateApi.class, "call") + "): ")
                .contains("@Backoff on a private method", ACCEPTED);
    }

    @Test
    void staticMethod() {
        assertThat(problem(StaticApi.class)).startsWith(where(StaticApi.class, "call") + "): ")
                .contains("@Backoff on a static method", ACCEPTED);
    }

    /**
     * A container may refuse interceptor bindings on final methods itself (Weld: WELD-001504): the report must still
     * be backoff-cdi's.
     */
    @Test
    void finalMethod() {
        Tck.requires(Feature.FINAL_METHOD_UNBINDING);
        assertThat(problem(FinalApi.class)).startsWith(where(FinalApi.class, "call") + "): ")
                .contains("@Backoff on a final method", ACCEPTED);
    }

    @Test
    void inheritedFinalMethod() {
        assertThat(problem(FinalHeir.class)).startsWith(where(FinalBase.class, "call") + "): ")
                .contains("@Backoff on a final method", ACCEPTED);
    }

    @Test
    void finalMethodIsReportedWithTheOtherProblems() {
        Tck.requires(Feature.FINAL_METHOD_UNBINDING);
        List<String> problems = problems(FinalApi.class, PrivateApi.class);

        assertThat(problems).hasSize(2);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(where(FinalApi.class, "call")));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(where(PrivateApi.class, "call")));
    }

    @Test
    void superclassMethodSharedByTwoBeansIsReportedOnce() {
        assertThat(problem(FirstHeir.class, SecondHeir.class)).startsWith(where(Base.class, "call") + "): ")
                .contains("@Backoff on a private method", ACCEPTED);
    }

    public static class PrivateApi {
        @Backoff
        private void call() {
        }

        public void run() {
            call();
        }
    }

    public static class StaticApi {
        @Backoff
        public static void call() {
        }
    }

    public static class FinalApi {
        @Backoff
        public final void call() {
        }
    }

    public abstract static class FinalBase {
        @Backoff
        public final void call() {
        }
    }

    public static class FinalHeir extends FinalBase {
    }

    public abstract static class Base {
        @Backoff
        private void call() {
        }

        public void run() {
            call();
        }
    }

    public static class FirstHeir extends Base {
    }

    public static class SecondHeir extends Base {
    }
}
