package dev.backoff.tck.report;

import dev.backoff.tck.Suite;

import java.util.List;

/** One test's line of a runner's results file (see the TCK's {@code Results}): its outcome on the runner's container. */
record Result(List<String> rules, String testClass, String method, String test, String outcome, String feature,
              String reason) {

    static Result parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 7) {
            throw new IllegalArgumentException("Not a TCK results line (7 tab-separated fields): " + line);
        }
        return new Result(List.of(f[0].split(", ")), f[1], f[2], f[3], f[4], f[5], f[6]);
    }

    boolean passed() {
        return outcome.equals("passed");
    }

    boolean skipped() {
        return outcome.equals("skipped");
    }

    boolean failed() {
        return outcome.equals("failed");
    }

    Suite.TestId id() {
        return new Suite.TestId(testClass, method);
    }

    /** The test, for a reader: simple class name and display name. */
    String where() {
        return testClass.substring(testClass.lastIndexOf('.') + 1) + " \"" + test + "\"";
    }
}
