package dev.backoff.servers.report;

/** One line of a server runner's results file (see the checks' CheckResults): a check's outcome on a server. */
record CheckResult(String server, String check, String title, String outcome, String reason) {

    static CheckResult parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 5) {
            throw new IllegalArgumentException("Not a server check results line (5 tab-separated fields): " + line);
        }
        return new CheckResult(f[0], f[1], f[2], f[3], f[4]);
    }

    boolean notRun() {
        return outcome.equals("not run");
    }

    /** The table's cell: {@code passed}, {@code **failed**: reason} or {@code not run here: reason}. */
    String cell() {
        return switch (outcome) {
            case "passed" -> "passed";
            case "failed" -> "**failed**: " + reason;
            case "not run" -> "not run here: " + reason;
            default -> throw new IllegalArgumentException("Unknown outcome " + outcome + " of " + check + " on "
                    + server);
        };
    }
}
