package dev.backoff.tck.report;

import dev.backoff.tck.Rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Markdown table of SPEC rules by container, made from the runners' results, and the list of skips with their
 * reasons. A cell says how many of the rule's tests passed on that container, and how many were skipped or failed.
 */
final class CompatibilityTable {

    private final List<String> containers = new ArrayList<>();
    private final Map<String, Map<String, List<Result>>> byRuleAndContainer = new LinkedHashMap<>();
    private final List<Result> skipped = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();

    CompatibilityTable(List<List<Result>> runs) {
        for (List<Result> run : runs) {
            for (Result result : run) {
                if (!containers.contains(result.container())) {
                    containers.add(result.container());
                }
                for (String rule : result.rules()) {
                    byRuleAndContainer.computeIfAbsent(rule, r -> new LinkedHashMap<>())
                            .computeIfAbsent(result.container(), c -> new ArrayList<>()).add(result);
                }
                if (result.skipped()) {
                    skipped.add(result);
                } else if (!result.passed()) {
                    failed.add(result.container() + ": " + result.where() + ": " + result.reason());
                }
            }
        }
    }

    /** Rules of SPEC (but section 8) and seed examples that no test on {@code container} passed or skipped. */
    List<String> uncovered(String container) {
        return Rules.all().keySet().stream()
                .filter(rule -> byRuleAndContainer.getOrDefault(rule, Map.of()).getOrDefault(container, List.of())
                        .isEmpty())
                .toList();
    }

    /** The failed tests, each with its container and failure. */
    List<String> failed() {
        return failed;
    }

    List<String> containers() {
        return containers;
    }

    String markdown() {
        StringBuilder md = new StringBuilder("| rule | ");
        md.append(String.join(" | ", containers)).append(" |\n|---|");
        md.append("---|".repeat(containers.size())).append('\n');
        Rules.all().forEach((rule, title) -> {
            md.append("| ").append(rule.startsWith("seed: ") ? rule.substring(6) + " (seed)" : rule + " " + title);
            for (String container : containers) {
                md.append(" | ").append(cell(byRuleAndContainer.getOrDefault(rule, Map.of())
                        .getOrDefault(container, List.of())));
            }
            md.append(" |\n");
        });
        md.append('\n');
        if (skipped.isEmpty()) {
            md.append("No test is skipped on any container.\n");
        } else {
            md.append("Skipped, with the reason the runner gives:\n\n");
            for (Result skip : skipped) {
                md.append("- ").append(skip.container()).append(": ").append(skip.where()).append(": ")
                        .append(skip.reason()).append('\n');
            }
        }
        return md.toString();
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
}
