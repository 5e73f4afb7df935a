package dev.backoff.tck.report;

import java.util.List;

/** One line of a runner's results file: a test's outcome on a container. */
record Result(String container, List<String> rules, String testClass, String test, String outcome, String reason) {

    static Result parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 6) {
            throw new IllegalArgumentException("Not a TCK results line (6 tab-separated fields): " + line);
        }
        return new Result(f[0], List.of(f[1].split(", ")), f[2], f[3], f[4], f[5]);
    }

    boolean passed() {
        return outcome.equals("passed");
    }

    boolean skipped() {
        return outcome.equals("skipped");
    }

    /** The test, for a reader: simple class name and display name. */
    String where() {
        return testClass.substring(testClass.lastIndexOf('.') + 1) + " \"" + test + "\"";
    }
}
