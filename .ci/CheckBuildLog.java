import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules for the log of a passing build ({@code .ci/run} runs this on the output of the test command it ran):
 * <ul>
 * <li>no line containing {@code ERROR}: Maven's {@code [ERROR]}, or a logger's ERROR level. A test that provokes an
 *     error on purpose captures the log record and asserts on it instead of letting it print;</li>
 * <li>no Java stack trace: no {@code at} frame, no exception header ({@code java.io.IOException: refused},
 *     {@code Caused by: ...});</li>
 * <li>fewer than {@value #MAX_LINES} lines in all, so that what a build says can be read.</li>
 * </ul>
 * A build that failed is not checked: its errors are the point. Run with a JDK 17 or later, no dependencies:
 * {@code java .ci/CheckBuildLog.java build.log}. Exits with 1 and names every offending line (up to
 * {@value #SHOWN} per rule) when a rule is broken.
 */
public final class CheckBuildLog {

    static final int MAX_LINES = 1500;
    static final int SHOWN = 20;

    private static final Pattern FRAME = Pattern.compile("^\\s+at [\\w$./<>]+\\(.*\\)\\s*$");
    /** A qualified throwable class at the start of a line, as a stack trace starts: {@code pkg.SomeException: ...}. */
    private static final Pattern HEADER = Pattern.compile(
            "^\\s*(Caused by: |Suppressed: )?([a-z_$][\\w$]*\\.)+[\\w$]*(Exception|Error|Throwable)(:.*)?$");

    private CheckBuildLog() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java .ci/CheckBuildLog.java <build log>");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        List<String> errors = new ArrayList<>();
        List<String> traces = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String numbered = (i + 1) + ": " + line;
            if (line.contains("ERROR")) {
                errors.add(numbered);
            }
            if (FRAME.matcher(line).matches() || HEADER.matcher(line).matches()) {
                traces.add(numbered);
            }
        }
        boolean broken = report("lines containing ERROR", errors);
        broken |= report("lines of a Java stack trace", traces);
        if (lines.size() >= MAX_LINES) {
            System.out.println("The build printed " + lines.size() + " lines; a passing build must print fewer than "
                    + MAX_LINES + ".");
            broken = true;
        }
        if (broken) {
            System.out.println("The build passed, but its log breaks the rules above (.ci/CheckBuildLog.java).");
            System.exit(1);
        }
        System.out.println("Build log: " + lines.size() + " lines, no ERROR, no stack trace.");
    }

    private static boolean report(String what, List<String> found) {
        if (found.isEmpty()) {
            return false;
        }
        System.out.println(found.size() + " " + what + " (a passing build must have none):");
        found.stream().limit(SHOWN).forEach(line -> System.out.println("  " + line));
        if (found.size() > SHOWN) {
            System.out.println("  ... and " + (found.size() - SHOWN) + " more");
        }
        return true;
    }
}
