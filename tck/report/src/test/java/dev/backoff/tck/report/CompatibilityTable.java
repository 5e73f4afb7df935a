package dev.backoff.tck.report;

import dev.backoff.tck.Rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Markdown table of SPEC rules by container, made from the runners' results, and the list of skips with their
 * reasons. A cell says how many of the rule's tests passed on that container, and how many were skipped or failed. A
 * runner that could not run on this machine keeps the column (and the skips) the page had: a machine without that
 * runner's JDK neither verifies nor erases what another machine verified.
 */
final class CompatibilityTable {

    private static final String NO_SKIPS = "No test is skipped on any container.\n";
    private static final String SKIPS = "Skipped, with the reason the runner gives:\n\n";

    private final List<Run> runs;
    /** The page's table as committed: container, then row label, then cell. */
    private final Map<String, Map<String, String>> committed;
    private final List<String> committedLines;

    /** From each runner's results, and the table the page had (for the runners not run here). */
    CompatibilityTable(List<Run> runs, String committedMarkdown) {
        this.runs = runs;
        this.committed = parse(committedMarkdown);
        this.committedLines = committedMarkdown.lines().toList();
    }

    String markdown() {
        StringBuilder md = new StringBuilder("| rule | ");
        md.append(String.join(" | ", runs.stream().map(Run::container).toList())).append(" |\n|---|");
        md.append("---|".repeat(runs.size())).append('\n');
        Rules.all().forEach((rule, title) -> {
            String label = label(rule, title);
            md.append("| ").append(label);
            for (Run run : runs) {
                md.append(" | ").append(run.ran() ? cell(results(run, rule))
                        : committed.getOrDefault(run.container(), Map.of()).getOrDefault(label, "not run here"));
            }
            md.append(" |\n");
        });
        md.append('\n');
        List<String> skips = new ArrayList<>();
        for (Run run : runs) {
            String prefix = "- " + run.container() + ": ";
            if (run.ran()) {
                run.results().stream().filter(Result::skipped)
                        .forEach(skip -> skips.add(prefix + skip.where() + ": " + skip.reason()));
            } else {
                committedLines.stream().filter(line -> line.startsWith(prefix)).forEach(skips::add);
            }
        }
        if (skips.isEmpty()) {
            md.append(NO_SKIPS);
        } else {
            md.append(SKIPS);
            skips.forEach(line -> md.append(line).append('\n'));
        }
        return md.toString();
    }

    /** The rule's results on {@code run}. */
    static List<Result> results(Run run, String rule) {
        return run.results().stream().filter(r -> r.rules().contains(rule)).toList();
    }

    private static String label(String rule, String title) {
        return rule.startsWith("seed: ") ? rule.substring(6) + " (seed)" : rule + " " + title;
    }

    private static String cell(List<Result> results) {
        long passed = results.stream().filter(Result::passed).count();
        long skipped = results.stream().filter(Result::skipped).count();
        long failed = results.size() - passed - skipped;
        if (results.isEmpty()) {
            return "no test";
        }
        List<String> parts = new ArrayList<>();
        if (passed > 0) {
            parts.add("pass " + passed);
        }
        if (skipped > 0) {
            parts.add("skip " + skipped);
        }
        if (failed > 0) {
            parts.add("**FAIL " + failed + "**");
        }
        return String.join(", ", parts);
    }

    /** A table {@link #markdown()} made, back into cells by container and row label; empty when there is none. */
    private static Map<String, Map<String, String>> parse(String markdown) {
        Map<String, Map<String, String>> parsed = new LinkedHashMap<>();
        List<String> header = null;
        for (String line : markdown.lines().toList()) {
            if (!line.startsWith("| ")) {
                continue;
            }
            List<String> row = List.of(line.substring(2, line.length() - 2).split(" \\| ", -1));
            if (header == null) {
                header = row;
            } else {
                for (int i = 1; i < row.size() && i < header.size(); i++) {
                    parsed.computeIfAbsent(header.get(i), c -> new LinkedHashMap<>()).put(row.get(0), row.get(i));
                }
            }
        }
        return parsed;
    }
}
