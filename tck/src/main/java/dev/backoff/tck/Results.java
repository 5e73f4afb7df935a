package dev.backoff.tck;

import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The outcome of every TCK test on this runner, one tab-separated line each (container, rules, class, test, outcome,
 * reason), written to the file the system property {@code backoff.tck.results} names, when it is set. The
 * compatibility table in {@code docs/compatibility.md} is made from these files.
 */
final class Results {

    static final String PROPERTY = "backoff.tck.results";

    /** Whether this JVM wrote a line yet: the first one replaces what an earlier run left. */
    private static boolean written;

    private Results() {
    }

    static synchronized void record(ExtensionContext context, String outcome, String reason) {
        String file = System.getProperty(PROPERTY);
        if (file == null) {
            return;
        }
        String line = String.join("\t", Tck.container().name(),
                String.join(", ", SpecNames.rules(context.getRequiredTestClass(), context.getRequiredTestMethod())),
                context.getRequiredTestClass().getName(), context.getDisplayName(), outcome, oneLine(reason)) + "\n";
        try {
            Path path = Path.of(file);
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(path, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    written ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
            written = true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the TCK results to " + file, e);
        }
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ");
    }
}
