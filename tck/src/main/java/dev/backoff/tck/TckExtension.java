package dev.backoff.tck;

import dev.backoff.internal.cdi.BackoffInterceptor;
import dev.backoff.tck.support.LogCapture;
import jakarta.inject.Inject;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
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
 * policy (SPEC 6: nothing is silently ignored).
 */
public final class TckExtension implements BeforeEachCallback, AfterEachCallback, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TckExtension.class);

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
        Results.record(context, "passed", "");
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Results.record(context, "failed", String.valueOf(cause));
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        Results.record(context, "skipped", cause.getMessage());
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        Results.record(context, "skipped", reason.orElse("disabled"));
    }
}
