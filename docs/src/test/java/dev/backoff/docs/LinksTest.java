package dev.backoff.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every relative link of {@code README.md} and {@code docs/*.md} leads somewhere inside the repository: the file it
 * names exists, and the anchor it names ({@code page.md#some-heading}, or {@code #some-heading} on the same page) is a
 * heading of that page, as GitHub makes anchors of headings. Links with a scheme ({@code https:}, {@code mailto:})
 * leave the repository on purpose and are not followed.
 */
class LinksTest {

    /** {@code [text](target)} and {@code ![alt](target)}, the target up to a space (a title may follow) or {@code )}. */
    private static final Pattern INLINE = Pattern.compile("!?\\[(?:[^\\]\\[]++|\\[[^\\]]*+])*+]\\(\\s*<?([^)\\s>]+)>?");
    /** A reference definition: {@code [id]: target}. */
    private static final Pattern REFERENCE = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    /** HTML {@code href} and {@code src} attributes. */
    private static final Pattern HTML = Pattern.compile("(?:href|src)\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ *(```+|~~~+)");

    @Test
    void everyRelativeLinkResolvesInsideTheRepository() {
        Path root = Docs.root().toAbsolutePath().normalize();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path page : pages(root)) {
            for (String target : links(Docs.read(page))) {
                checked++;
                String problem = problem(root, page, target);
                if (problem != null) {
                    problems.add(root.relativize(page) + ": (" + target + ") " + problem);
                }
            }
        }
        assertThat(problems).as("links that lead nowhere").isEmpty();
        assertThat(checked).as("relative links checked").isGreaterThan(50);
    }

    /** The checker itself: what it must refuse, and what it must accept. */
    @Test
    void theCheckerRefusesWhatLeadsNowhere() throws IOException {
        Path root = Files.createTempDirectory("links-").toRealPath();
        try {
            Files.createDirectories(root.resolve("docs"));
            Path page = root.resolve("docs/page.md");
            Files.writeString(page, "# Title\n\n## With `@Transactional`\n\n```\n## not a heading\n```\n");
            Files.writeString(root.resolve("README.md"), "# Read me\n");

            assertThat(problem(root, page, "page.md#with-transactional")).isNull();
            assertThat(problem(root, page, "#title")).isNull();
            assertThat(problem(root, page, "../README.md")).isNull();
            assertThat(problem(root, page, "../README.md#read-me")).isNull();
            assertThat(problem(root, page, "missing.md")).contains("no file");
            assertThat(problem(root, page, "#not-a-heading")).contains("no heading");
            assertThat(problem(root, page, "page.md#withtransactional")).contains("no heading");
            assertThat(problem(root, page, "../../outside.md")).contains("outside the repository");
        } finally {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void anchorsAreGitHubs() {
        assertThat(anchors("# Guide\n## Testing\n### With `@Transactional`\n"
                + "## Jakarta EE servers: Payara, WildFly, GlassFish\n## Testing\n## 5. The jitter simulation\n"
                + "## [Link](x.md) text\n"))
                .containsExactly("guide", "testing", "with-transactional", "jakarta-ee-servers-payara-wildfly-glassfish",
                        "testing-1", "5-the-jitter-simulation", "link-text");
        assertThat(links("see [a](a.md), ![b](b.svg \"title\"), `[not](code.md)`, [c](https://x.org)\n"
                + "```\n[not](fenced.md)\n```\n[d]: d.md\n<a href=\"e.md\">e</a>\n"))
                .containsExactly("a.md", "b.svg", "d.md", "e.md");
    }

    /** README.md and every Markdown page of docs/. */
    private static List<Path> pages(Path root) {
        List<Path> pages = new ArrayList<>();
        pages.add(root.resolve("README.md"));
        try (Stream<Path> files = Files.list(root.resolve("docs"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /** What is wrong with a link of {@code page} to {@code target}, or {@code null} when it resolves. */
    static String problem(Path root, Path page, String target) {
        int hash = target.indexOf('#');
        String path = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path file = path.isEmpty() ? page : page.getParent().resolve(path).toAbsolutePath().normalize();
        if (!file.startsWith(root)) {
            return "leads outside the repository, to " + file;
        }
        if (!Files.exists(file)) {
            return "no file " + root.relativize(file);
        }
        if (anchor == null || anchor.isEmpty()) {
            return null;
        }
        if (!file.toString().endsWith(".md")) {
            return "an anchor into " + root.relativize(file) + ", which is no Markdown page";
        }
        Set<String> anchors = anchors(Docs.read(file));
        return anchors.contains(anchor) ? null : "no heading of " + root.relativize(file) + " has the anchor #" + anchor;
    }

    /** The relative link targets of a Markdown text, outside code. */
    static List<String> links(String markdown) {
        String text = withoutCode(markdown);
        List<String> targets = new ArrayList<>();
        for (Pattern pattern : List.of(INLINE, REFERENCE, HTML)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (!SCHEME.matcher(m.group(1)).find()) {
                    targets.add(m.group(1));
                }
            }
        }
        return targets;
    }

    /**
     * The anchors GitHub gives the headings of a page: the heading's text (Markdown links and code marks taken off),
     * lower case, without what is not a letter, digit, space, {@code -} or {@code _}, spaces made {@code -}; a
     * repeated anchor gets {@code -1}, {@code -2}, ...
     */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : withoutFencedBlocks(markdown).lines().toList()) {
            Matcher heading = HEADING.matcher(line);
            if (!heading.matches()) {
                continue;
            }
            String text = heading.group(1).replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1").replace("`", "");
            String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
            int count = seen.merge(slug, 1, Integer::sum);
            anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
        }
        return anchors;
    }

    private static String withoutCode(String markdown) {
        return withoutFencedBlocks(markdown).replaceAll("`[^`\\n]*`", "");
    }

    private static String withoutFencedBlocks(String markdown) {
        StringBuilder kept = new StringBuilder();
        String fence = null;
        for (String line : markdown.lines().toList()) {
            Matcher m = FENCE.matcher(line);
            if (fence == null && m.find()) {
                fence = m.group(1);
            } else if (fence != null && line.strip().startsWith(fence)) {
                fence = null;
            } else if (fence == null) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }
}
