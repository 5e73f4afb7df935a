package dev.backoff.tck;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the TCK covers ({@code rules.tsv}) are exactly the numbered rules of the contract, {@code docs/spec.md}, in
 * its order, but for section 8 (performance, which JMH measures): a rule added to the spec without a test, or a test
 * of a rule the spec lost, fails here.
 */
class RulesAreTheSpecsTest {

    /** A numbered rule: "1.5 On a class, ..." at the start of a line; or section 6, one rule of its own. */
    private static final Pattern RULE = Pattern.compile("(?m)^(?:(\\d+\\.\\d+) |## (6)\\. )");

    @Test
    void rulesTsvListsEveryNumberedRuleOfTheSpecInOrder() throws IOException {
        String spec = Files.readString(Path.of("..", "docs", "spec.md"), StandardCharsets.UTF_8);
        Set<String> numbered = new LinkedHashSet<>();
        Matcher rule = RULE.matcher(spec.substring(0, spec.indexOf("## 8.")) + spec.substring(spec.indexOf("## 9.")));
        while (rule.find()) {
            numbered.add(rule.group(1) != null ? rule.group(1) : rule.group(2));
        }
        Set<String> covered = new LinkedHashSet<>(Rules.all().keySet());
        covered.removeIf(id -> id.startsWith("seed: ") || id.equals("1"));

        assertThat(covered).containsExactlyElementsOf(numbered);
    }
}
