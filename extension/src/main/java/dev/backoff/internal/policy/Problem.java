package dev.backoff.internal.policy;

import dev.backoff.Backoff;

import java.util.List;

/**
 * One thing wrong with a deployment's {@code @Backoff}: where it is (the method or class), what is wrong (the subject,
 * such as {@code @Backoff(maxTries = -1)} or {@code config key Backoff/maxTries = "x"}, then what is wrong with it),
 * and what is accepted instead. Problems are values until {@link #report} renders them, in one failure listing all.
 *
 * @param where    the method ({@code com.acme.Api.fetch(java.lang.String)}) or class the problem is about
 * @param subject  what is wrong, as the user wrote it
 * @param what     what is wrong with it
 * @param accepted what would be right, in words; {@code null} when {@code what} says it already
 */
public record Problem(String where, String subject, String what, String accepted) {

    /** Where a problem of config that belongs to no method is. */
    public static final String CONFIG = "config";

    /** A member of an annotation, with the value it was written with. */
    static Problem ofMember(Declaration d, Backoff layer, String member, Object written, String what,
                            String accepted) {
        return new Problem(d.where(), annotation(layer.name(), member + " = " + Member.shown(written)), what, accepted);
    }

    /**
     * A config value that does not parse or is out of range: {@code what} says so, and why when it can.
     *
     * @param variable the environment variable that gave the key its value, or {@code null}: named too, since that is
     *                 what the user wrote
     */
    static Problem ofConfig(Declaration d, String key, String raw, String variable, String what, String accepted) {
        return new Problem(d.where(), configKey(key, raw, variable), what, accepted);
    }

    /** A config value that belongs to no method: a retry budget's setting. */
    static Problem ofKey(String key, String raw, String variable, String what, String accepted) {
        return new Problem(CONFIG, configKey(key, raw, variable), what, accepted);
    }

    private static String configKey(String key, String raw, String variable) {
        return "config key " + key + " = \"" + raw + "\""
                + (variable == null ? "" : " (environment variable " + variable + ")");
    }

    /** {@code @Backoff(name = "x", member = value)}: a layer as problems name it. */
    static String annotation(String name, String memberAndValue) {
        return "@Backoff(" + (name.isEmpty() ? "" : "name = \"" + name + "\", ") + memberAndValue + ")";
    }

    /** The problem as one line of a report. */
    public String line() {
        return where + ": " + subject + " " + what + (accepted == null ? "" : "; accepted: " + accepted);
    }

    /** One deployment failure message listing every problem. */
    public static String report(List<Problem> problems) {
        StringBuilder message = new StringBuilder("backoff-cdi found ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems").append(" with @Backoff:");
        for (int i = 0; i < problems.size(); i++) {
            message.append("\n  ").append(i + 1).append(". ").append(problems.get(i).line());
        }
        return message.toString();
    }
}
