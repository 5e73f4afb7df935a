package dev.backoff.docs;

import dev.backoff.tck.deployment.Deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the Markdown files of {@code docs/} and the example regions of the sources that tests run, so that tests can
 * check that the docs show what the tests run: the docs' own tests ({@code docs/src/test/java}) and the application they
 * test ({@code docs/src/main/java}), the TCK, whose seed scenarios are the examples of {@code from-python.md}
 * ({@code tck/src/main/java}), and the demo's tests (see {@link #SOURCES}).
 *
 * <p>Conventions, in the Markdown files:
 * <ul>
 * <li>{@code <!-- from: docs/src/test/java/.../X.java#name -->} (or another of the {@link #SOURCES}) on the line before
 *     a fenced code block: the block is the region {@code name} of that file (paths from the repository root). Several
 *     sources, separated by {@code +}, are shown one after the other with a blank line between them.</li>
 * <li>{@code <!-- test: id -->} on the line before a fenced code block: a test under {@code dev.backoff.docs} reads
 *     the block with {@link #block(String)} and checks it (a config file it applies, a log or an error message it
 *     compares with what really happens).</li>
 * </ul>
 * In the Java sources, a region is the lines between {@code // region name} and {@code // endregion}; marker lines
 * of regions nested inside it are left out, and the common indentation is removed.
 */
public final class Docs {

    /** The Markdown files written with the code (not {@code performance.md}, which its own benchmarks check). */
    static final List<String> NOT_CHECKED = List.of("performance.md");

    /**
     * Where the code a page shows may come from, from the repository root: the docs' tests and the first example's
     * application they test, run on Weld; the TCK, whose tests every runner runs on its container; and the demo's
     * tests, which run on Quarkus.
     */
    static final List<String> SOURCES = List.of("docs/src/main/java/", "docs/src/test/java/", "tck/src/main/java/",
            "quarkus-demo/src/test/java/");

    private static final Pattern FROM = Pattern.compile("<!--\\s*from:\\s*(.+?)\\s*-->");
    private static final Pattern TEST = Pattern.compile("<!--\\s*test:\\s*(\\S+)\\s*-->");
    private static final Pattern FENCE = Pattern.compile("^(```+|~~~+)\\s*([\\w+-]*).*$");
    private static final Pattern REGION = Pattern.compile("^\\s*//\\s*region\\s+(\\S+)\\s*$");
    private static final Pattern END_REGION = Pattern.compile("^\\s*//\\s*endregion\\b.*$");

    private Docs() {
    }

    /** A fenced code block of a Markdown file, with the marker comment on the line before it, if any. */
    record Block(Path file, int line, String language, String marker, String content) {

        /** Where the block starts, for messages: {@code docs/guide.md:42}. */
        String where() {
            return root().relativize(file) + ":" + line;
        }

        /** The sources named by a {@code from:} marker, or {@code null}. */
        List<String> from() {
            Matcher m = marker == null ? null : FROM.matcher(marker);
            if (m == null || !m.matches()) {
                return null;
            }
            return Stream.of(m.group(1).split("\\+")).map(String::strip).toList();
        }

        /** The id of a {@code test:} marker, or {@code null}. */
        String testId() {
            Matcher m = marker == null ? null : TEST.matcher(marker);
            return m != null && m.matches() ? m.group(1) : null;
        }
    }

    /** The repository root: the parent of the docs module, where Maven runs these tests. */
    static Path root() {
        Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        if (!Files.isDirectory(module.resolve("src/test/java"))) {
            module = Path.of("").toAbsolutePath();
        }
        return module.getParent();
    }

    static Path docs() {
        return root().resolve("docs");
    }

    /** Every Markdown file of {@code docs/}, but those in {@link #NOT_CHECKED}. */
    static List<Path> markdownFiles() {
        try (Stream<Path> files = Files.list(docs())) {
            return files.filter(f -> f.toString().endsWith(".md"))
                    .filter(f -> !NOT_CHECKED.contains(f.getFileName().toString()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fenced code blocks of {@code file}, in order. */
    static List<Block> blocks(Path file) {
        List<String> lines = read(file).lines().toList();
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i).strip());
            if (!open.matches() || lines.get(i).startsWith(" ")) {
                continue;
            }
            String fence = open.group(1);
            String marker = previousNonBlank(lines, i);
            int start = i;
            List<String> content = new ArrayList<>();
            for (i++; i < lines.size() && !lines.get(i).strip().equals(fence); i++) {
                content.add(lines.get(i));
            }
            blocks.add(new Block(file, start + 1, open.group(2), marker, String.join("\n", content)));
        }
        return blocks;
    }

    private static String previousNonBlank(List<String> lines, int index) {
        for (int j = index - 1; j >= 0; j--) {
            if (!lines.get(j).isBlank()) {
                String line = lines.get(j).strip();
                return line.startsWith("<!--") ? line : null;
            }
        }
        return null;
    }

    /** Every block of every checked Markdown file. */
    static List<Block> allBlocks() {
        return markdownFiles().stream().flatMap(f -> blocks(f).stream()).toList();
    }

    /**
     * The content of the block marked {@code <!-- test: id -->}, for the test that checks it.
     *
     * @throws AssertionError when no block, or more than one, has that id
     */
    public static String block(String id) {
        List<Block> found = allBlocks().stream().filter(b -> id.equals(b.testId())).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one block marked <!-- test: " + id + " --> in docs/, found "
                    + found.size());
        }
        return found.get(0).content();
    }

    /**
     * MicroProfile Config's environment variable for a config key: every character but letters, digits and {@code _}
     * replaced by {@code _}, then upper case ({@code com.acme.Api/fetch/Backoff/maxTries} is
     * {@code COM_ACME_API_FETCH_BACKOFF_MAXTRIES}).
     */
    public static String environmentVariable(String key) {
        return key.replaceAll("[^A-Za-z0-9_]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The problems a backoff-cdi deployment failure lists, without their numbers, found in {@code message} (a
     * deployment failure's message, or a docs block showing one): the order of problems within one bean follows
     * the container's order of its methods, which the docs cannot promise.
     */
    public static List<String> problems(String message) {
        return Deployment.problemsIn(message);
    }

    /** Every region of the {@link #SOURCES}, as a {@code from:} marker names it: {@code path#name}. */
    static Set<String> allRegions() {
        Set<String> regions = new TreeSet<>();
        for (String source : SOURCES) {
            try (Stream<Path> files = Files.walk(root().resolve(source))) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                    for (String line : read(file).split("\n")) {
                        Matcher m = REGION.matcher(line);
                        if (m.matches()) {
                            regions.add(root().relativize(file) + "#" + m.group(1));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return regions;
    }

    /** The text of region {@code name} in {@code path} (from the repository root), dedented. */
    static String region(String path, String name) {
        Path file = root().resolve(path);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no file " + path);
        }
        List<String> lines = read(file).lines().toList();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = REGION.matcher(lines.get(i));
            if (m.matches() && m.group(1).equals(name)) {
                if (start >= 0) {
                    throw new IllegalArgumentException("region " + name + " is twice in " + path);
                }
                start = i;
            }
        }
        if (start < 0) {
            throw new IllegalArgumentException("no region " + name + " in " + path);
        }
        List<String> body = new ArrayList<>();
        int depth = 0;
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (REGION.matcher(line).matches()) {
                depth++;
            } else if (END_REGION.matcher(line).matches()) {
                if (depth == 0) {
                    return dedent(body);
                }
                depth--;
            } else {
                body.add(line);
            }
        }
        throw new IllegalArgumentException("region " + name + " in " + path + " has no // endregion");
    }

    /** What a {@code from:} marker shows: its regions, a blank line between two. */
    static String regions(List<String> sources) {
        return sources.stream().map(source -> {
            int hash = source.lastIndexOf('#');
            if (hash < 0) {
                throw new IllegalArgumentException("no #region in " + source);
            }
            return region(source.substring(0, hash), source.substring(hash + 1));
        }).collect(Collectors.joining("\n\n"));
    }

    private static String dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n"))
                .strip();
    }
}
