package dev.backoff.tck.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/compatibility.md} shows what the runners' last results say, every rule is covered on every container,
 * and nothing failed. Run after the runners ({@code mvn -B verify} does); with {@code -Dtck.report.write} the table
 * is rewritten from the results instead of checked.
 */
class CompatibilityPageTest {

    private static final String BEGIN = "<!-- results: made by tck/report from the runners' results; do not edit -->\n";
    private static final String END = "<!-- end of results -->\n";

    private final List<Path> resultFiles = Arrays.stream(System.getProperty("tck.results").split(","))
            .map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
    private final Path page = Path.of(System.getProperty("tck.report.page"));

    @Test
    void everyRuleIsCoveredOnEveryContainerAndNothingFailed() throws IOException {
        CompatibilityTable table = new CompatibilityTable(runs());

        for (String container : table.containers()) {
            assertThat(table.uncovered(container)).as("rules with no test on %s", container).isEmpty();
        }
        assertThat(table.failed()).as("failed TCK tests").isEmpty();
    }

    @Test
    void thePageShowsTheResults() throws IOException {
        String markdown = Files.readString(page, StandardCharsets.UTF_8);
        int begin = markdown.indexOf(BEGIN);
        int end = markdown.indexOf(END);
        assertThat(begin).as("%s has the marker %s", page, BEGIN).isNotNegative();
        assertThat(end).as("%s has the marker %s", page, END).isGreaterThan(begin);
        String expected = markdown.substring(0, begin + BEGIN.length()) + new CompatibilityTable(runs()).markdown()
                + markdown.substring(end);

        if (Boolean.getBoolean("tck.report.write")) {
            Files.writeString(page, expected, StandardCharsets.UTF_8);
            markdown = expected;
        }
        assertThat(markdown).as("%s is not what the runners' results say: rerun with -Dtck.report.write to rewrite it",
                page).isEqualTo(expected);
    }

    private List<List<Result>> runs() throws IOException {
        List<List<Result>> runs = new ArrayList<>();
        for (Path file : resultFiles) {
            assertThat(file).as("the results of a runner: run the runners first (mvn -B verify runs them all)")
                    .exists();
            runs.add(Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(Result::parse).toList());
        }
        return runs;
    }
}
