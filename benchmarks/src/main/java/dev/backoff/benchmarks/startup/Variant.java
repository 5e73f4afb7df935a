package dev.backoff.benchmarks.startup;

import java.util.List;
import java.util.Optional;

/**
 * The three versions of the generated application: the same classes and methods, each method under {@code @Backoff},
 * under SmallRye Fault Tolerance's {@code @Retry} with the same policy (up to 3 tries on {@code IOException}, 10 ms
 * apart, no jitter), or under nothing, with neither library on the class path.
 */
enum Variant {

    BACKOFF("@Backoff", List.of("dev.backoff.Backoff", "dev.backoff.Jitter", "dev.backoff.Wait",
            "java.time.temporal.ChronoUnit"),
            "@Backoff(on = IOException.class, maxTries = 3, strategy = Wait.CONSTANT, interval = 10,"
                    + " unit = ChronoUnit.MILLIS, jitter = Jitter.NONE)",
            "backoff"),
    PLAIN("no annotation", List.of(), "", null),
    RETRY("@Retry", List.of("org.eclipse.microprofile.faulttolerance.Retry"),
            "@Retry(maxRetries = 2, delay = 10, jitter = 0, retryOn = IOException.class)",
            "retry");

    final String label;
    final List<String> imports;
    final String annotation;
    /** The library's jars: {@code target/startup/<name>.classpath}, written by the build (benchmarks/pom.xml). */
    private final String library;

    Variant(String label, List<String> imports, String annotation, String library) {
        this.label = label;
        this.imports = imports;
        this.annotation = annotation;
        this.library = library;
    }

    Optional<String> library() {
        return Optional.ofNullable(library);
    }

    String dirName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
