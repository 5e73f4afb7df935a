package dev.backoff.tck.deployment;

import dev.backoff.Backoff;
import dev.backoff.Falsy;
import dev.backoff.tck.Spec;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;

import static dev.backoff.tck.deployment.Deployment.deploys;
import static dev.backoff.tck.deployment.Deployment.problem;
import static dev.backoff.tck.deployment.Deployment.where;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 3.6 and 6: return types the extension cannot serve, and retryIf on a void method. */
@Spec({"3.6", "6"})
class ReturnTypeChecksTest {

    private static final String ASYNC_ACCEPTED = "accepted: CompletionStage or CompletableFuture";

    @Test
    void future() {
        assertThat(problem(FutureApi.class)).startsWith(where(FutureApi.class, "call") + "): ")
                .contains("returning java.util.concurrent.Future", ASYNC_ACCEPTED);
    }

    @Test
    void completionStageSubinterface() {
        assertThat(problem(CustomStageApi.class)).startsWith(where(CustomStageApi.class, "call"))
                .contains("returning " + CustomStage.class.getName(), ASYNC_ACCEPTED);
    }

    @Test
    void completableFutureSubclass() {
        assertThat(problem(CustomFutureApi.class)).startsWith(where(CustomFutureApi.class, "call"))
                .contains("returning " + CustomFuture.class.getName(), ASYNC_ACCEPTED);
    }

    @Spec({"1.5", "3.6", "6"})
    @Test
    void classAnnotationChecksEveryBusinessMethod() {
        assertThat(problem(ClassAnnotated.class)).startsWith(where(ClassAnnotated.class, "submit"))
                .contains("returning java.util.concurrent.Future", ASYNC_ACCEPTED);
    }

    @Test
    void completionStageAndCompletableFutureDeploy() {
        deploys(AsyncApi.class);
    }

    @Spec("6")
    @Test
    void retryIfOnAVoidMethod() {
        assertThat(problem(VoidRetryIf.class)).startsWith(where(VoidRetryIf.class, "call") + "): ")
                .contains("@Backoff(retryIf = " + Falsy.class.getName(), "void method",
                        "accepted: retryIf only on methods that return a value");
    }

    @Spec("6")
    @Test
    void retryIfOnAValueMethodDeploys() {
        deploys(ValueRetryIf.class);
    }

    public static class FutureApi {
        @Backoff
        public Future<String> call() {
            return null;
        }
    }

    public interface CustomStage<T> extends CompletionStage<T> {
    }

    public static class CustomStageApi {
        @Backoff
        public CustomStage<String> call() {
            return null;
        }
    }

    public static class CustomFuture<T> extends CompletableFuture<T> {
    }

    public static class CustomFutureApi {
        @Backoff
        public CustomFuture<String> call() {
            return null;
        }
    }

    @Backoff
    public static class ClassAnnotated {
        public String fetch() {
            return "";
        }

        public Future<String> submit() {
            return null;
        }
    }

    public static class AsyncApi {
        @Backoff
        public CompletionStage<String> stage() {
            return null;
        }

        @Backoff
        public CompletableFuture<String> future() {
            return null;
        }
    }

    public static class VoidRetryIf {
        @Backoff(retryIf = Falsy.class)
        public void call() {
        }
    }

    public static class ValueRetryIf {
        @Backoff(retryIf = Falsy.class)
        public String call() {
            return "";
        }
    }
}
