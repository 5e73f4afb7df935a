package dev.backoff.tck.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A runner's last results file: its container, the suite it ran, the features it declares it cannot offer, whether
 * it could run on this machine at all, and the result of each test.
 *
 * @param unsupported feature name to the runner's reason
 * @param notRun      why the runner's container cannot run on this machine; empty when it ran
 */
record Run(Path file, String container, Path suite, Map<String, String> unsupported, Optional<String> notRun,
           List<Result> results) {

    static Run read(Path file) throws IOException {
        String container = null;
        Path suite = null;
        Map<String, String> unsupported = new LinkedHashMap<>();
        Optional<String> notRun = Optional.empty();
        List<Result> results = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                results.add(Result.parse(line));
                continue;
            }
            String[] f = line.substring(1).split("\t", -1);
            switch (f[0]) {
                case "container" -> container = f[1];
                case "tck" -> suite = Path.of(f[1]);
                case "unsupported" -> unsupported.put(f[1], f[2]);
                case "not-run" -> notRun = Optional.of(f[1]);
                default -> throw new IllegalArgumentException("Not a TCK results header in " + file + ": " + line);
            }
        }
        if (container == null || suite == null) {
            throw new IllegalArgumentException(file + " names no #container or no #tck: not a TCK results file");
        }
        return new Run(file, container, suite, unsupported, notRun, List.copyOf(results));
    }

    boolean ran() {
        return notRun.isEmpty();
    }

    /** Whether the suite the runner ran was built again after these results were written: they are stale. */
    boolean olderThanItsSuite() throws IOException {
        return Files.getLastModifiedTime(file).compareTo(lastModified(suite)) < 0;
    }

    /** A jar's time, or a classes directory's newest file's. */
    private static FileTime lastModified(Path suite) throws IOException {
        if (!Files.isDirectory(suite)) {
            return Files.getLastModifiedTime(suite);
        }
        try (Stream<Path> files = Files.walk(suite)) {
            FileTime newest = FileTime.fromMillis(0);
            for (Path f : (Iterable<Path>) files::iterator) {
                FileTime t = Files.getLastModifiedTime(f);
                newest = t.compareTo(newest) > 0 ? t : newest;
            }
            return newest;
        }
    }
}
