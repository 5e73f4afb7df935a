package dev.backoff.tck;

import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of every TCK test on this runner, written to the file the system property {@code backoff.tck.results}
 * names, when it is set (a run of a slice of the suite sets none); the compatibility table in
 * {@code docs/compatibility.md} is made from these files
 * ({@code tck/report}). Tab-separated. First the runner, in lines that start with {@code #}:
 * <pre>
 * #container   name
 * #tck         the suite's jar (or classes directory) the runner ran
 * #unsupported FEATURE  reason      (one line for each feature the container declares it cannot offer)
 * #not-run     reason               (when the container cannot run on this machine)
 * </pre>
 * then one line per test: rules, class, method, display name, outcome ({@code passed}, {@code failed},
 * {@code skipped}, {@code not run}), the {@link Feature} a skip lacks (empty otherwise), and the reason.
 */
final class Results {

    static final String PROPERTY = "backoff.tck.results";

    /** Whether this JVM wrote yet: the first write replaces what an earlier run left. */
    private static boolean written;

    private Results() {
    }

    static synchronized void record(ExtensionContext context, String outcome, Feature lacking, String reason) {
        String file = System.getProperty(PROPERTY, "");
        if (file.isBlank()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        if (!written) {
            lines.addAll(header());
        }
        lines.add(String.join("\t",
                String.join(", ", SpecNames.rules(context.getRequiredTestClass(), context.getRequiredTestMethod())),
                context.getRequiredTestClass().getName(), context.getRequiredTestMethod().getName(),
                context.getDisplayName(), outcome, lacking == null ? "" : lacking.name(), oneLine(reason)));
        try {
            Path path = Path.of(file);
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.write(path, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    written ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
            written = true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the TCK results to " + file, e);
        }
    }

    private static List<String> header() {
        List<String> header = new ArrayList<>();
        header.add("#container\t" + Tck.container().name());
        header.add("#tck\t" + Suite.location());
        for (Feature feature : Feature.values()) {
            Tck.container().unsupported(feature)
                    .ifPresent(reason -> header.add("#unsupported\t" + feature.name() + "\t" + oneLine(reason)));
        }
        Tck.container().notRunHere().ifPresent(reason -> header.add("#not-run\t" + oneLine(reason)));
        return header;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
