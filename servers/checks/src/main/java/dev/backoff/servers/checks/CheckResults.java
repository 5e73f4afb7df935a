package dev.backoff.servers.checks;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * Records the outcome of every check on this runner's server in its results file, one tab-separated line each
 * (server, check, title, outcome, reason): {@code passed}, {@code failed} or {@code not run}. servers/report makes
 * the table of docs/compatibility.md from these files.
 *
 * <p>It also applies the runner's known failures (its {@code known-failures.properties}: check = reason), checks
 * that fail today for a reason known and tracked in the library. Such a check still runs. When an assertion of it
 * fails, it is recorded as failed with the listed reason and reported to JUnit as aborted, so that the build goes on;
 * any other error still fails the build. When it passes, the build fails until its line is removed: the list, and
 * the table, stay true. {@code -Dservers.known-failures=none} turns the list off.
 */
final class CheckResults implements InvocationInterceptor, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CheckResults.class);

    private final Runner runner;
    private final Properties knownFailures = new Properties();
    /** Whether this JVM wrote a line yet: the first one replaces what an earlier run left. */
    private boolean written;

    CheckResults(Runner runner) {
        this.runner = runner;
        if (Files.exists(runner.knownFailures())) {
            try (Reader reader = Files.newBufferedReader(runner.knownFailures(), StandardCharsets.UTF_8)) {
                knownFailures.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                    ExtensionContext context) throws Throwable {
        String check = call.getExecutable().getName();
        String known = knownFailures.getProperty(check);
        if (known == null) {
            invocation.proceed();
            return;
        }
        try {
            invocation.proceed();
        } catch (AssertionError failure) {
            context.getStore(NAMESPACE).put(check, known);
            System.out.println("[servers] " + runner.server() + ": " + check + " fails, as known (" + known + "): "
                    + oneLine(failure.getMessage()));
            throw new TestAbortedException("known failure: " + known, failure);
        }
        throw new AssertionError(check + " passes on " + runner.server() + ", but " + runner.knownFailures()
                + " lists it as a known failure (" + known + "): remove it from there");
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        record(context, "passed", "");
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        record(context, "failed", cause.getMessage());
    }

    /** A known failure, or a check not run because the server cannot run here. */
    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        String known = context.getStore(NAMESPACE).get(context.getRequiredTestMethod().getName(), String.class);
        if (known != null) {
            record(context, "failed", known);
        } else {
            record(context, "not run", cause.getMessage());
        }
    }

    private synchronized void record(ExtensionContext context, String outcome, String reason) {
        String line = String.join("\t", runner.server(), context.getRequiredTestMethod().getName(),
                context.getDisplayName(), outcome, oneLine(reason)) + "\n";
        Path file = runner.results();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    written ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
            written = true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the check results to " + file, e);
        }
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
