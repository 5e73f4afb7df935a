package dev.backoff.benchmarks.startup;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The versions of the generated application: the same classes and methods, each method under {@code @Backoff}, under
 * SmallRye Fault Tolerance's {@code @Retry} with the same policy (up to 3 tries on {@code IOException}, 10 ms apart,
 * no jitter), under an interceptor of the application's own that only proceeds (what any interceptor costs the
 * container, at {@code @Backoff}'s priority), or under nothing. Only the first two have a retry library on the class
 * path.
 */
enum Variant {

    BACKOFF("@Backoff", List.of("dev.backoff.Backoff", "dev.backoff.Jitter", "dev.backoff.Wait",
            "java.time.temporal.ChronoUnit"),
            "@Backoff(on = IOException.class, maxTries = 3, strategy = Wait.CONSTANT, interval = 10,"
                    + " unit = ChronoUnit.MILLIS, jitter = Jitter.NONE)",
            Map.of(), "backoff"),
    RETRY("@Retry", List.of("org.eclipse.microprofile.faulttolerance.Retry"),
            "@Retry(maxRetries = 2, delay = 10, jitter = 0, retryOn = IOException.class)",
            Map.of(), "retry"),
    NOOP("no-op interceptor", List.of(), "@Noop", Map.of(
            "Noop", """
                    package startup.app;

                    import jakarta.interceptor.InterceptorBinding;
                    import java.lang.annotation.ElementType;
                    import java.lang.annotation.Retention;
                    import java.lang.annotation.RetentionPolicy;
                    import java.lang.annotation.Target;

                    @InterceptorBinding
                    @Target({ElementType.TYPE, ElementType.METHOD})
                    @Retention(RetentionPolicy.RUNTIME)
                    public @interface Noop {
                    }
                    """,
            "NoopInterceptor", """
                    package startup.app;

                    import jakarta.annotation.Priority;
                    import jakarta.interceptor.AroundInvoke;
                    import jakarta.interceptor.Interceptor;
                    import jakarta.interceptor.InvocationContext;

                    @Noop
                    @Interceptor
                    @Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
                    public class NoopInterceptor {

                        @AroundInvoke
                        Object proceed(InvocationContext context) throws Exception {
                            return context.proceed();
                        }
                    }
                    """),
            null),
    PLAIN("no annotation", List.of(), "", Map.of(), null);

    final String label;
    final List<String> imports;
    final String annotation;
    /** Further classes of the application, by simple name: their sources. */
    final Map<String, String> classes;
    /** The library's jars: {@code target/startup/<name>.classpath}, written by the build (benchmarks/pom.xml). */
    private final String library;

    Variant(String label, List<String> imports, String annotation, Map<String, String> classes, String library) {
        this.label = label;
        this.imports = imports;
        this.annotation = annotation;
        this.classes = classes;
        this.library = library;
    }

    Optional<String> library() {
        return Optional.ofNullable(library);
    }

    String dirName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
