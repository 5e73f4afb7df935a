package dev.backoff.benchmarks.startup;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The application whose start {@link StartupRun} measures, generated as Java sources and compiled with the JDK's
 * compiler: {@code methods} public methods, {@value #METHODS_PER_CLASS} to an {@code @ApplicationScoped} class, in a
 * bean archive (a directory with a {@code META-INF/beans.xml}) that the container scans as it scans an application.
 * Every method returns its argument, except the probe: its first try fails, and it tells whether the container runs
 * it in a subclass of its own, which it makes for intercepted beans only. So calling it shows whether an interceptor
 * is there and whether it retries: "2 tries, intercepted", "1 try, intercepted" or "1 try, not intercepted".
 */
final class GeneratedApp {

    static final String PACKAGE = "startup.app";
    static final String PROBE_CLASS = PACKAGE + ".Service0";
    static final String PROBE_METHOD = "call0";
    static final int METHODS_PER_CLASS = 10;

    private GeneratedApp() {
    }

    /**
     * Writes the sources of {@code variant} with {@code methods} methods (a multiple of {@value #METHODS_PER_CLASS})
     * under {@code dir/src}, compiles them against {@code classpath} into {@code dir/classes}, and returns that.
     */
    static Path generate(Variant variant, int methods, Path dir, List<Path> classpath) throws IOException {
        if (methods <= 0 || methods % METHODS_PER_CLASS != 0) {
            throw new IllegalArgumentException(methods + " methods: a positive multiple of " + METHODS_PER_CLASS);
        }
        StartupRun.deleteTree(dir);
        Path sources = Files.createDirectories(dir.resolve("src").resolve(PACKAGE.replace('.', '/')));
        Path classes = Files.createDirectories(dir.resolve("classes/META-INF"));
        Files.writeString(classes.resolve("beans.xml"), """
                <beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="annotated"/>
                """);
        List<String> args = new ArrayList<>(List.of("-d", dir.resolve("classes").toString(), "-proc:none",
                "-classpath", classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator))));
        for (var type : variant.classes.entrySet()) {
            Path source = sources.resolve(type.getKey() + ".java");
            Files.writeString(source, type.getValue());
            args.add(source.toString());
        }
        for (int k = 0; k < methods / METHODS_PER_CLASS; k++) {
            Path source = sources.resolve("Service" + k + ".java");
            Files.writeString(source, source(variant, k));
            args.add(source.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler: run StartupRun on a JDK, not a JRE");
        }
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        if (javac.run(null, messages, messages, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the generated " + variant + " application does not compile:\n"
                    + messages.toString(StandardCharsets.UTF_8));
        }
        return dir.resolve("classes");
    }

    private static String source(Variant variant, int k) {
        StringBuilder out = new StringBuilder("package " + PACKAGE + ";\n\n");
        for (String type : variant.imports) {
            out.append("import ").append(type).append(";\n");
        }
        out.append("import jakarta.enterprise.context.ApplicationScoped;\nimport java.io.IOException;\n\n");
        out.append("@ApplicationScoped\npublic class Service").append(k).append(" {\n");
        boolean probe = (PACKAGE + ".Service" + k).equals(PROBE_CLASS);
        if (probe) {
            out.append("\n    private int tries;\n");
        }
        for (int m = 0; m < METHODS_PER_CLASS; m++) {
            String name = "call" + m;
            out.append("\n    ").append(variant.annotation).append(variant.annotation.isEmpty() ? "" : "\n    ")
                    .append("public String ").append(name).append("(String in) throws IOException {\n");
            if (probe && name.equals(PROBE_METHOD)) {
                out.append("""
                                String intercepted = getClass() == Service%d.class ? "not intercepted" : "intercepted";
                                if (++tries == 1) {
                                    throw new IOException(intercepted);
                                }
                                return tries + " tries, " + intercepted;
                        """.formatted(k));
            } else {
                out.append("        return in;\n");
            }
            out.append("    }\n");
        }
        return out.append("}\n").toString();
    }
}
