package dev.backoff.servers.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Markdown table of the server checks: a row per check, a column per server. A server whose checks were not run
 * on this machine keeps the column the page had, when it had one: a machine without that server's JDK neither
 * verifies nor erases what another machine verified.
 */
final class ServersTable {

    private final List<String> servers = new ArrayList<>();
    private final List<String> checks = new ArrayList<>();
    /** Server, then check title, then cell. */
    private final Map<String, Map<String, String>> cells = new LinkedHashMap<>();
    private final Map<String, String> notRun = new LinkedHashMap<>();

    /** From each runner's results, and the table the page had (for the servers not run here). */
    ServersTable(List<List<CheckResult>> runs, String committed) {
        Map<String, Map<String, String>> committedCells = parse(committed);
        for (List<CheckResult> run : runs) {
            for (CheckResult result : run) {
                if (!servers.contains(result.server())) {
                    servers.add(result.server());
                }
                if (!checks.contains(result.title())) {
                    checks.add(result.title());
                }
            }
            boolean runHere = run.stream().anyMatch(result -> !result.notRun());
            for (CheckResult result : run) {
                Map<String, String> column = cells.computeIfAbsent(result.server(), s -> new LinkedHashMap<>());
                String kept = committedCells.getOrDefault(result.server(), Map.of()).get(result.title());
                column.put(result.title(), runHere || kept == null ? result.cell() : kept);
                if (!runHere) {
                    notRun.put(result.server(), result.reason());
                }
            }
        }
    }

    /** The servers whose checks were not run here, each with the reason. */
    Map<String, String> notRun() {
        return notRun;
    }

    String markdown() {
        StringBuilder md = new StringBuilder("| check | ").append(String.join(" | ", servers)).append(" |\n|---|")
                .append("---|".repeat(servers.size())).append('\n');
        for (String check : checks) {
            md.append("| ").append(check);
            for (String server : servers) {
                md.append(" | ").append(cells.get(server).get(check)); // every runner runs every check
            }
            md.append(" |\n");
        }
        return md.toString();
    }

    /** A table {@link #markdown()} made, back into cells by server and check; empty when there is none. */
    static Map<String, Map<String, String>> parse(String markdown) {
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
                    parsed.computeIfAbsent(header.get(i), s -> new LinkedHashMap<>()).put(row.get(0), row.get(i));
                }
            }
        }
        return parsed;
    }
}
