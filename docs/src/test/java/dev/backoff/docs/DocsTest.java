package dev.backoff.docs;

import dev.backoff.Backoff;
import dev.backoff.docs.Docs.Block;
import dev.backoff.internal.policy.BudgetKeys;
import dev.backoff.internal.policy.Members;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code docs/} true to the code: every Java block is a region of a source that a test runs (a docs test here,
 * or a TCK scenario), every block a test reads is read by one, and {@code docs/configuration.md} documents exactly the
 * members and keys the code has.
 */
class DocsTest {

    private static final Pattern KEY = Pattern.compile("Backoff/(?:[^\\s`|/]+/)*([^\\s`|/.,;:)=\"']+)");
    private static final Pattern ENV = Pattern.compile("\\b(?:[A-Z0-9_]+_)?BACKOFF_(?:[A-Z0-9_]+_)?([A-Z0-9]+)\\b");
    private static final Pattern MEMBER_ROW = Pattern.compile("^\\|\\s*`(\\w+)`\\s*\\|(.*)$");

    @Test
    void theDocsHaveTheirPages() {
        assertThat(Docs.markdownFiles()).extracting(p -> p.getFileName().toString())
                .contains("index.md", "guide.md", "from-python.md", "configuration.md", "comparison.md",
                        "containers.md");
    }

    @Test
    void everyJavaBlockIsTheRegionOfATestSourceItNames() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Block block : Docs.allBlocks()) {
            List<String> sources = block.from();
            if (sources == null) {
                if (block.language().equals("java")) {
                    problems.add(block.where() + ": a java block without <!-- from: path#region --> before it");
                }
                continue;
            }
            List<String> elsewhere = sources.stream()
                    .filter(source -> Docs.SOURCES.stream().noneMatch(source::startsWith)).toList();
            if (!elsewhere.isEmpty()) {
                problems.add(block.where() + ": " + elsewhere + " is in none of " + Docs.SOURCES
                        + ", where the sources the tests run are");
                continue;
            }
            String expected;
            try {
                expected = Docs.regions(sources);
            } catch (IllegalArgumentException e) {
                problems.add(block.where() + ": " + e.getMessage());
                continue;
            }
            checked++;
            if (!expected.equals(block.content().strip())) {
                problems.add(block.where() + ": differs from " + sources + "; it should read:\n" + expected + "\n");
            }
        }
        assertThat(problems).as("problems").isEmpty();
        assertThat(checked).as("java blocks checked").isGreaterThan(20);
    }

    @Test
    void everyMarkerIsOnTheLineBeforeACodeBlock() {
        Pattern marker = Pattern.compile("<!--\\s*(from|test):");
        List<String> problems = new ArrayList<>();
        for (Path file : Docs.markdownFiles()) {
            Matcher m = marker.matcher(Docs.read(file));
            int markers = 0;
            while (m.find()) {
                markers++;
            }
            long onBlocks = Docs.blocks(file).stream().filter(b -> b.from() != null || b.testId() != null).count();
            if (markers != onBlocks) {
                problems.add(file.getFileName() + ": " + markers + " markers, but only " + onBlocks
                        + " directly before a code block");
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A region no page shows is code kept in step with the docs for nothing: show it or drop its markers. */
    @Test
    void everyRegionIsShownOnAPage() {
        Set<String> shown = new TreeSet<>();
        for (Block block : Docs.allBlocks()) {
            if (block.from() != null) {
                shown.addAll(block.from());
            }
        }
        assertThat(Docs.allRegions()).as("regions that no page of docs/ shows").isSubsetOf(shown);
    }

    @Test
    void everyBlockMarkedForATestIsReadByATest() {
        String tests = testSources();
        Map<String, Integer> ids = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Block block : Docs.allBlocks()) {
            String id = block.testId();
            if (id == null) {
                continue;
            }
            if (ids.merge(id, 1, Integer::sum) > 1) {
                problems.add(block.where() + ": the test id " + id + " is used twice");
            }
            if (!tests.contains("Docs.block(\"" + id + "\")")) {
                problems.add(block.where() + ": no test under dev/backoff/docs reads Docs.block(\"" + id + "\")");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void configurationDocumentsEveryMemberAndExactlyTheConfigurableOnes() {
        Map<String, String[]> rows = memberRows();

        Set<String> members = new TreeSet<>();
        for (Method m : Backoff.class.getDeclaredMethods()) {
            members.add(m.getName());
        }
        Members.ALL.stream().filter(m -> !m.annotated()).forEach(m -> members.add(m.name())); // the config-only keys
        assertThat(rows.keySet()).as("members with a row in docs/configuration.md")
                .containsExactlyInAnyOrderElementsOf(members);

        Set<String> configurable = rows.entrySet().stream().filter(e -> e.getValue()[0].strip().startsWith("yes"))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        assertThat(configurable).as("members documented as configurable")
                .containsExactlyInAnyOrderElementsOf(Members.configurable());
    }

    @Test
    void eachRowsEnvironmentVariableIsTheMicroProfileFormOfItsKey() {
        List<String> problems = new ArrayList<>();
        memberRows().forEach((member, cells) -> {
            if (!cells[0].strip().startsWith("yes")) {
                return;
            }
            List<String> codes = codeSpans(String.join("|", cells));
            String key = codes.stream().filter(c -> c.startsWith("Backoff/")).findFirst().orElse(null);
            String env = codes.stream().filter(c -> c.startsWith("BACKOFF_")).findFirst().orElse(null);
            if (key == null || env == null) {
                problems.add(member + ": the row needs a key Backoff/... and its environment variable BACKOFF_...");
            } else if (!key.equals("Backoff/" + member)) {
                problems.add(member + ": the row's key is " + key + ", not Backoff/" + member);
            } else if (!env.equals(Docs.environmentVariable(key))) {
                problems.add(member + ": " + key + " is " + Docs.environmentVariable(key) + " as an environment variable, not "
                        + env);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyAndEnvironmentVariableInTheDocsEndsWithAMemberConfigCanSet() {
        Set<String> members = new LinkedHashSet<>(Members.configurable());
        Set<String> upper = members.stream().map(m -> m.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>(Docs.markdownFiles());
        files.add(Docs.root().resolve("README.md"));
        for (Path file : files) {
            for (String code : codeSpans(Docs.read(file))) {
                Matcher key = KEY.matcher(code);
                while (key.find()) {
                    String member = key.group(1);
                    boolean budgetSetting = key.group().startsWith(BudgetKeys.PREFIX)
                            && BudgetKeys.settings().contains(member);
                    if (!members.contains(member) && !budgetSetting && !member.startsWith("<")) {
                        problems.add(file.getFileName() + ": key " + key.group() + " names no member config can set");
                    }
                }
                Matcher env = ENV.matcher(code);
                while (env.find()) {
                    boolean budgetSetting = env.group().contains("BACKOFF_BUDGET_") && BudgetKeys.settings().stream()
                            .anyMatch(setting -> setting.toUpperCase(Locale.ROOT).equals(env.group(1)));
                    if (!upper.contains(env.group(1)) && !budgetSetting) {
                        problems.add(file.getFileName() + ": environment variable " + env.group()
                                + " ends with no member config can set");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The member table of configuration.md: member to its cells after the first. */
    private static Map<String, String[]> memberRows() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : Docs.read(Docs.docs().resolve("configuration.md")).lines().toList()) {
            Matcher row = MEMBER_ROW.matcher(line.strip());
            if (row.matches()) {
                String[] cells = row.group(2).split("\\|", -1);
                assertThat(rows.put(row.group(1), cells)).as("rows of %s", row.group(1)).isNull();
            }
        }
        return rows;
    }

    /** The {@code `code`} spans and fenced blocks of a Markdown text, as the text they show. */
    private static List<String> codeSpans(String markdown) {
        List<String> spans = new ArrayList<>();
        Matcher fenced = Pattern.compile("(?s)```[^\\n]*\\n(.*?)```").matcher(markdown);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (fenced.find()) {
            spans.add(fenced.group(1));
            rest.append(markdown, last, fenced.start());
            last = fenced.end();
        }
        rest.append(markdown.substring(last));
        Matcher inline = Pattern.compile("`([^`\\n]+)`").matcher(rest);
        while (inline.find()) {
            spans.add(inline.group(1));
        }
        return spans;
    }

    /** Every test source under dev/backoff/docs, concatenated. */
    private static String testSources() {
        Path dir = Docs.root().resolve("docs/src/test/java/dev/backoff/docs");
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(Docs::read).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void environmentVariableMappingIsMicroProfiles() {
        assertThat(Docs.environmentVariable("com.acme.Api/fetch/Backoff/maxTries"))
                .isEqualTo("COM_ACME_API_FETCH_BACKOFF_MAXTRIES");
        assertThat(Arrays.asList(Docs.environmentVariable("Backoff/payments/maxTime"), Docs.environmentVariable("Backoff/enabled")))
                .containsExactly("BACKOFF_PAYMENTS_MAXTIME", "BACKOFF_ENABLED");
    }
}
