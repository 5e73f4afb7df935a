package dev.backoff.tck.report;

import dev.backoff.tck.Rules;
import dev.backoff.tck.Suite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runners' last results are complete and current, every rule passes on every container, nothing failed, and
 * {@code docs/compatibility.md} shows those results. Run after the runners ({@code mvn -B verify} does); with
 * {@code -Dtck.report.write} the table is rewritten from the results instead of checked. A runner that could not run
 * on this machine ({@code #not-run} in its results) is checked nowhere: its column is kept as committed, and the build
 * says it was not verified here.
 */
class CompatibilityPageTest {

    private static final String BEGIN = "<!-- results: made by tck/report from the runners' results; do not edit -->\n";
    private static final String END = "<!-- end of results -->\n";

    private final List<Path> resultFiles = Arrays.stream(System.getProperty("tck.results").split(","))
            .map(String::strip).filter(s -> !s.isEmpty()).map(Path::of).toList();
    private final Path page = Path.of(System.getProperty("tck.report.page"));

    /** A test that a runner left out, or ran from a class the suite no longer has, is a gap in the table. */
    @Test
    void everyRunnerRanExactlyTheSuitesTests() throws IOException {
        Set<Suite.TestId> suite = Suite.tests();
        assertThat(suite).as("the suite's tests").hasSizeGreaterThan(200);
        for (Run run : ran()) {
            Set<Suite.TestId> recorded = new TreeSet<>();
            run.results().forEach(result -> recorded.add(result.id()));
            Set<Suite.TestId> missing = new TreeSet<>(suite);
            missing.removeAll(recorded);
            Set<Suite.TestId> extra = new TreeSet<>(recorded);
            extra.removeAll(suite);
            assertThat(missing).as("tests of the suite missing from %s (%s)", run.container(), run.file()).isEmpty();
            assertThat(extra).as("tests in %s (%s) that the suite does not have", run.container(), run.file())
                    .isEmpty();
        }
    }

    @Test
    void noResultsAreOlderThanTheSuiteTheyCameFrom() throws IOException {
        for (Run run : ran()) {
            assertThat(run.olderThanItsSuite()).as("%s is older than %s, which was built again after it: rerun the"
                    + " runner (mvn -B verify runs them all)", run.file(), run.suite()).isFalse();
        }
    }

    /** A skip is honest only as a feature the runner says its container lacks, with the reason it gives. */
    @Test
    void everySkipIsAFeatureTheRunnerDeclaresItsContainerLacks() throws IOException {
        for (Run run : ran()) {
            assertThat(run.results()).filteredOn(Result::skipped)
                    .filteredOn(skip -> !run.unsupported().containsKey(skip.feature()))
                    .as("tests skipped on %s for no feature it declares unsupported (%s)", run.container(),
                            run.unsupported().keySet())
                    .extracting(Result::where).isEmpty();
        }
    }

    /** A rule is covered on a container by a test that passed there: a skip is no proof. */
    @Test
    void everyRulePassesOnEveryContainerAndNothingFailed() throws IOException {
        for (Run run : ran()) {
            assertThat(Rules.all().keySet()).filteredOn(rule -> CompatibilityTable.results(run, rule).stream()
                            .noneMatch(Result::passed))
                    .as("rules with no test passed on %s", run.container()).isEmpty();
            assertThat(run.results()).filteredOn(Result::failed).as("failed TCK tests on %s", run.container())
                    .extracting(r -> r.where() + ": " + r.reason()).isEmpty();
        }
    }

    @Test
    @DisabledIfSystemProperty(named = "tck.report.write", matches = "true")
    void thePageShowsTheResults() throws IOException {
        String markdown = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(markdown).as("%s is not what the runners' results say: rerun with -Dtck.report.write to rewrite"
                + " it", page).isEqualTo(expectedPage(markdown));
    }

    /** With {@code -Dtck.report.write}: rewrites the page, and checks nothing (the tests above still do). */
    @Test
    @EnabledIfSystemProperty(named = "tck.report.write", matches = "true")
    void rewriteThePage() throws IOException {
        Files.writeString(page, expectedPage(Files.readString(page, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    /** The page with the table the results make, the committed columns of runners not run here kept. */
    private String expectedPage(String markdown) throws IOException {
        int begin = markdown.indexOf(BEGIN);
        int end = markdown.indexOf(END);
        assertThat(begin).as("%s has the marker %s", page, BEGIN).isNotNegative();
        assertThat(end).as("%s has the marker %s", page, END).isGreaterThan(begin);
        List<Run> runs = runs();
        runs.stream().filter(run -> !run.ran()).forEach(run -> System.out.println("[tck] " + run.container()
                + " was not run here (" + run.notRun().orElseThrow() + "): its column in " + page.getFileName()
                + " is kept as committed, not verified on this machine"));
        return markdown.substring(0, begin + BEGIN.length())
                + new CompatibilityTable(runs, markdown.substring(begin + BEGIN.length(), end)).markdown()
                + markdown.substring(end);
    }

    private List<Run> ran() throws IOException {
        return runs().stream().filter(Run::ran).toList();
    }

    private List<Run> runs() throws IOException {
        List<Run> runs = new ArrayList<>();
        for (Path file : resultFiles) {
            assertThat(file).as("the results of a runner: run the runners first (mvn -B verify runs them all)")
                    .exists();
            runs.add(Run.read(file));
        }
        return runs;
    }
}
