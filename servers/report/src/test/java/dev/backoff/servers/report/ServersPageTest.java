package dev.backoff.servers.report;

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
 * The servers table of {@code docs/compatibility.md} shows what the server runners' last results say. Run after the
 * runners ({@code mvn -B verify} does); with {@code -Dservers.report.write} the table is rewritten from the results
 * instead of checked. A server not run on this machine keeps its column, and the build says it was not verified.
 */
class ServersPageTest {

    private static final String BEGIN = "<!-- servers: made by servers/report from the server runners' results; do not"
            + " edit -->\n";
    private static final String END = "<!-- end of servers -->\n";

    private final List<Path> resultFiles = Arrays.stream(System.getProperty("servers.results").split(","))
            .map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
    private final Path page = Path.of(System.getProperty("servers.report.page"));

    @Test
    void thePageShowsTheResults() throws IOException {
        String markdown = Files.readString(page, StandardCharsets.UTF_8);
        int begin = markdown.indexOf(BEGIN);
        int end = markdown.indexOf(END);
        assertThat(begin).as("%s has the marker %s", page, BEGIN).isNotNegative();
        assertThat(end).as("%s has the marker %s", page, END).isGreaterThan(begin);
        ServersTable table = new ServersTable(runs(), markdown.substring(begin + BEGIN.length(), end));
        table.notRun().forEach((server, reason) -> System.out.println("[servers] " + server + " was not run here ("
                + reason + "): its column in " + page.getFileName() + " is kept as committed, not verified on this"
                + " machine"));
        String expected = markdown.substring(0, begin + BEGIN.length()) + table.markdown() + markdown.substring(end);

        if (Boolean.getBoolean("servers.report.write")) {
            Files.writeString(page, expected, StandardCharsets.UTF_8);
            markdown = expected;
        }
        assertThat(markdown).as("%s is not what the server runners' results say: rerun with -Dservers.report.write to"
                + " rewrite it", page).isEqualTo(expected);
    }

    private List<List<CheckResult>> runs() throws IOException {
        List<List<CheckResult>> runs = new ArrayList<>();
        for (Path file : resultFiles) {
            assertThat(file).as("the results of a server runner: run the runners first (mvn -B verify runs them all)")
                    .exists();
            runs.add(Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(CheckResult::parse).toList());
        }
        return runs;
    }
}
