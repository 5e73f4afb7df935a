package dev.backoff.servers.checks;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What a runner module's pom says about its server, read from the system properties it sets (servers/runner/pom.xml
 * names them all).
 *
 * @param server       the server's name and version, as the results and docs/compatibility.md show it
 * @param kind         how to start it: {@code payara-micro} or {@code wildfly}
 * @param distribution the Payara Micro jar, or the unpacked WildFly
 * @param httpPort     the port of its HTTP listener on 127.0.0.1
 * @param deployments  the directory holding {@link ServerChecksIT#APP} and {@link ServerChecksIT#BAD_APP}
 * @param work         a directory of its own under target/: the server's files and logs
 * @param jdk          the JDK to run it on; empty when none was found ({@link #notRunReason} says why)
 * @param notRunReason why this server cannot run on this machine, when it cannot
 * @param results      the file its check results go to
 * @param knownFailures the file of checks known to fail on it, with the reason
 */
record Runner(String server, String kind, Path distribution, int httpPort, Path deployments, Path work,
              Optional<Path> jdk, String notRunReason, Path results, Path knownFailures) {

    /**
     * From the system properties. The JDK is the one named by the properties file {@code servers.jdk} (written by
     * build-tools FindJdk) when the runner sets one, else the JDK running the checks.
     */
    static Runner fromSystemProperties() {
        Optional<Path> jdk = Optional.of(Path.of(System.getProperty("java.home")));
        String notRunReason = "";
        String jdkFile = System.getProperty("servers.jdk", "");
        if (!jdkFile.isEmpty()) {
            Properties found = load(Path.of(jdkFile));
            String home = found.getProperty("jdk.home", "");
            jdk = home.isEmpty() ? Optional.empty() : Optional.of(Path.of(home));
            notRunReason = found.getProperty("jdk.missing", "");
        }
        return new Runner(required("servers.server"), required("servers.kind"),
                Path.of(required("servers.distribution")), Integer.parseInt(required("servers.http-port")),
                Path.of(required("servers.deployments")), Path.of(required("servers.work")), jdk, notRunReason,
                Path.of(required("servers.results")), Path.of(required("servers.known-failures")));
    }

    boolean runnable() {
        return jdk.isPresent();
    }

    /** The server, not started yet. */
    Server newServer() {
        return switch (kind) {
            case "payara-micro" -> new PayaraMicro(this);
            case "wildfly" -> new WildFly(this);
            default -> throw new IllegalArgumentException("servers.kind = " + kind + ": not payara-micro or wildfly");
        };
    }

    Path java() {
        return jdk.orElseThrow().resolve("bin").resolve("java");
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: run the checks through a"
                    + " runner module (servers/runner/pom.xml sets it)");
        }
        return value.strip();
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file + ", which build-tools FindJdk writes", e);
        }
        return properties;
    }
}
