package dev.backoff.build;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a JDK of a given feature version or later for a module that needs a newer JDK than the build runs on, where
 * a user would expect the build to look, and writes what it found to a properties file that the module reads.
 * A single-file program, with nothing but the JDK: modules run it with {@code java FindJdk.java ...}
 * (exec-maven-plugin, see servers/payara7/pom.xml), so it needs nothing built first.
 *
 * <pre>
 * java FindJdk.java --min-version=21 --out=target/jdk.properties
 *                   [--home=DIR] [--toolchains=FILE] [--locations=DIR,...]
 * </pre>
 *
 * It looks, in this order, and takes the first source that has a JDK of that version or later:
 * <ol>
 * <li>{@code --home}: the JDK the user named (the module's {@code -Djdk21.home=...}). When given, nothing else is
 *     looked at: a JDK the user chose that does not qualify is reported, not replaced.</li>
 * <li>{@code --toolchains}: the {@code jdkHome} of every JDK toolchain in Maven's toolchains.xml.</li>
 * <li>the environment variables {@code JAVA_HOME_*} (such as {@code JAVA_HOME_21_X64} on GitHub's runners), in name
 *     order, then {@code JAVA_HOME}.</li>
 * <li>{@code --locations}: every directory in each of these (such as {@code /usr/lib/jvm}), as a JDK's home or as
 *     a macOS bundle whose home is {@code Contents/Home}.</li>
 * </ol>
 * What a toolchain or a directory name claims is not trusted: each candidate's version is read from its
 * {@code release} file, or from {@code bin/java -version} when it has none. Within a source, the lowest qualifying
 * version wins: the one closest to what the module asked for.
 *
 * <p>The properties written: {@code jdk.home} (empty when none was found), {@code jdk.version}, {@code jdk.source}
 * (where it was found); when none was found, {@code jdk.missing} (one sentence) and {@code jdk.looked-at} (every
 * candidate with its version). It prints one line saying which JDK it found, or that it found none, and exits 0
 * either way: what to do without one is the module's business.
 */
public final class FindJdk {

    private static final Pattern RELEASE_VERSION = Pattern.compile("^JAVA_VERSION=\"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern JAVA_VERSION_OUTPUT = Pattern.compile("version \"([^\"]+)\"");

    private final int minVersion;
    private final List<String> lookedAt = new ArrayList<>();

    FindJdk(int minVersion) {
        this.minVersion = minVersion;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        FindJdk finder = new FindJdk(Integer.parseInt(required(options, "min-version")));
        Path out = Path.of(required(options, "out"));
        Optional<Found> found = finder.find(options.getOrDefault("home", ""), options.getOrDefault("toolchains", ""),
                System.getenv(), options.getOrDefault("locations", ""));
        finder.write(found, out);
        System.out.println(found.map(f -> "FindJdk: JDK " + f.version() + " at " + f.home() + " (" + f.source() + ")")
                .orElse("FindJdk: " + finder.missing() + "; looked at: " + String.join("; ", finder.lookedAt)));
    }

    /** The first JDK of {@link #minVersion} or later, by the order of the sources in this class's comment. */
    Optional<Found> find(String home, String toolchains, Map<String, String> environment, String locations) {
        if (!home.isBlank()) {
            return best(List.of(Path.of(home.strip())), "named by --home");
        }
        Optional<Found> found = best(toolchainHomes(toolchains), "Maven toolchains " + toolchains);
        if (found.isEmpty()) {
            found = best(environmentHomes(environment), "environment variables JAVA_HOME_*, JAVA_HOME");
        }
        if (locations.isBlank()) {
            lookedAt.add("install locations: none given");
        }
        for (String location : locations.split(",")) {
            if (found.isEmpty() && !location.isBlank()) {
                found = best(children(Path.of(location.strip())), "in " + location.strip());
            }
        }
        return found;
    }

    String missing() {
        return "no JDK " + minVersion + " or later found";
    }

    void write(Optional<Found> found, Path out) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("jdk.home", found.map(f -> f.home().toString()).orElse(""));
        found.ifPresentOrElse(f -> {
            properties.setProperty("jdk.version", String.valueOf(f.version()));
            properties.setProperty("jdk.source", f.source());
        }, () -> {
            properties.setProperty("jdk.missing", missing());
            properties.setProperty("jdk.looked-at", String.join("; ", lookedAt));
        });
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            properties.store(writer, "FindJdk: a JDK " + minVersion + " or later");
        }
    }

    /** The lowest qualifying version among {@code candidates}; each one looked at is noted for the report. */
    private Optional<Found> best(List<Path> candidates, String source) {
        if (candidates.isEmpty()) {
            lookedAt.add(source + ": none");
        }
        Optional<Found> best = Optional.empty();
        for (Path home : candidates) {
            Optional<Integer> feature = featureVersion(home);
            lookedAt.add(home + ": " + feature.map(v -> "JDK " + v).orElse("not a JDK"));
            if (feature.isPresent() && feature.get() >= minVersion
                    && (best.isEmpty() || feature.get() < best.get().version())) {
                best = Optional.of(new Found(home, feature.get(), source));
            }
        }
        return best;
    }

    /** The JDK homes of the JDK toolchains in {@code file}, in the file's order; none when there is no file. */
    static List<Path> toolchainHomes(String file) {
        if (file.isBlank() || !Files.isRegularFile(Path.of(file))) {
            return List.of();
        }
        List<Path> homes = new ArrayList<>();
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList toolchains = factory.newDocumentBuilder().parse(in).getElementsByTagName("toolchain");
            for (int i = 0; i < toolchains.getLength(); i++) {
                Element toolchain = (Element) toolchains.item(i);
                if ("jdk".equals(text(toolchain, "type"))) {
                    String home = text(toolchain, "jdkHome");
                    if (!home.isEmpty()) {
                        homes.add(Path.of(home));
                    }
                }
            }
        } catch (Exception e) { // a toolchains.xml Maven itself could not read either: say so, look elsewhere
            System.out.println("FindJdk: cannot read " + file + ": " + e);
        }
        return homes;
    }

    /** {@code JAVA_HOME_*} in name order, then {@code JAVA_HOME}. */
    static List<Path> environmentHomes(Map<String, String> environment) {
        Map<String, String> sorted = new TreeMap<>(environment);
        List<Path> homes = new ArrayList<>();
        sorted.forEach((name, value) -> {
            if (name.startsWith("JAVA_HOME_") && !value.isBlank()) {
                homes.add(Path.of(value));
            }
        });
        String javaHome = environment.getOrDefault("JAVA_HOME", "");
        if (!javaHome.isBlank()) {
            homes.add(Path.of(javaHome));
        }
        return homes;
    }

    /** The directories in {@code location}, each as a JDK home or a macOS bundle's {@code Contents/Home}. */
    static List<Path> children(Path location) {
        if (!Files.isDirectory(location)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(location)) {
            return children.filter(Files::isDirectory).sorted(Comparator.comparing(Path::toString))
                    .map(dir -> Files.isDirectory(dir.resolve("Contents/Home")) ? dir.resolve("Contents/Home") : dir)
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The feature version (17, 21, 25) of the JDK at {@code home}, if it is one. */
    static Optional<Integer> featureVersion(Path home) {
        Path java = home.resolve("bin").resolve("java");
        if (!Files.isExecutable(java) && !Files.isExecutable(home.resolve("bin").resolve("java.exe"))) {
            return Optional.empty();
        }
        try {
            Path release = home.resolve("release");
            if (Files.isRegularFile(release)) {
                Matcher matcher = RELEASE_VERSION.matcher(Files.readString(release, StandardCharsets.ISO_8859_1));
                if (matcher.find()) {
                    return Optional.of(feature(matcher.group(1)));
                }
            }
            return javaVersion(java).map(FindJdk::feature);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** "21.0.2" is 21, "25" is 25, "21-ea" is 21, and the old "1.8.0_392" is 8. */
    static int feature(String version) {
        String[] parts = version.split("[.\\-+_]");
        return Integer.parseInt(parts[0].equals("1") && parts.length > 1 ? parts[1] : parts[0]);
    }

    private static Optional<String> javaVersion(Path java) throws IOException {
        Process process = new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            Matcher matcher = JAVA_VERSION_OUTPUT.matcher(output);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("FindJdk takes --name=value options, not " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("FindJdk needs --" + name + "=...");
        }
        return value;
    }

    /** A JDK found: its home, its feature version, and where it was found. */
    record Found(Path home, int version, String source) {
    }
}
