package dev.backoff.tck;

import dev.backoff.internal.cdi.BackoffInterceptor;
import dev.backoff.tck.support.LogCapture;
import jakarta.inject.Inject;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.lang.reflect.Field;
import java.util.Optional;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a TCK test: clears {@link TckConfig}, starts the {@link Deploy} container and sets {@code @Inject} fields
 * before it, stops the container after it, and records its outcome in the runner's results ({@link Results}). The
 * {@code dev.backoff} log of each test is captured, and the test fails if a call reached the interceptor without a
 * policy (SPEC 6: nothing is silently ignored). On a container that cannot run on this machine
 * ({@link dev.backoff.tck.spi.TckContainer#notRunHere()}), no test runs, and each is recorded as not run.
 */
public final class TckExtension implements ExecutionCondition, BeforeEachCallback, AfterEachCallback, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TckExtension.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("each test method says whether it runs");
        }
        return Tck.container().notRunHere().map(reason -> ConditionEvaluationResult.disabled("not run here: " + reason))
                .orElse(ConditionEvaluationResult.enabled("the container runs here"));
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        SpecNames.rules(context.getRequiredTestClass(), context.getRequiredTestMethod());
        context.getStore(NAMESPACE).put(LogCapture.class, new LogCapture());
        Deploy deploy = context.getRequiredTestClass().getAnnotation(Deploy.class);
        if (deploy == null) {
            return;
        }
        Deployed deployed = Tck.start(deploy.value());
        context.getStore(NAMESPACE).put(Deployed.class, deployed);
        Object test = context.getRequiredTestInstance();
        for (Class<?> type = test.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(Inject.class)) {
                    field.setAccessible(true);
                    field.set(test, deployed.get(field.getType()));
                }
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            Deployed deployed = context.getStore(NAMESPACE).remove(Deployed.class, Deployed.class);
            if (deployed != null) {
                deployed.close();
            }
        } finally {
            TckConfig.clear();
            try (LogCapture log = context.getStore(NAMESPACE).remove(LogCapture.class, LogCapture.class)) {
                assertThat(log.messages(Level.WARNING)).as("calls that reached the interceptor without a policy")
                        .noneMatch(line -> line.startsWith(BackoffInterceptor.UNRESOLVED));
            }
        }
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        Results.record(context, "passed", null, "");
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Results.record(context, "failed", null, String.valueOf(cause));
    }

    /** A skip names the feature the container lacks; any other abort is recorded without one, which the report fails. */
    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        Results.record(context, "skipped", cause instanceof Unsupported u ? u.feature() : null, cause.getMessage());
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        Optional<String> notRunHere = Tck.container().notRunHere();
        if (notRunHere.isPresent()) {
            Results.record(context, "not run", null, notRunHere.get());
        } else {
            Results.record(context, "skipped", null, reason.orElse("disabled"));
        }
    }
}
