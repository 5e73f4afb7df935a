package dev.backoff.servers.checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * WildFly, unpacked, with its MicroProfile configuration ({@code standalone-microprofile.xml}), started by
 * {@code bin/standalone.sh}. The distribution stays as unpacked: the server's own directory (configuration,
 * deployments, data, log) is made in the runner's work directory at every start.
 */
final class WildFly extends Server {

    /** The standard ports of standalone-microprofile.xml, before the offset this runner adds. */
    private static final int HTTP = 8080;
    private static final int HTTPS = 8443;
    private static final int MANAGEMENT = 9990;
    /** How long a deployment scanned at boot may take to be marked deployed or failed. */
    private static final Duration DEPLOYMENT_DEADLINE = Duration.ofMinutes(2);

    WildFly(Runner runner) {
        super(runner);
    }

    @Override
    protected ServerProcess launch(Map<String, String> environment) throws IOException {
        int offset = runner.httpPort() - HTTP;
        if (offset < 0) {
            throw new IllegalStateException("WildFly's HTTP port is 8080 plus an offset: " + runner.httpPort()
                    + " is below 8080");
        }
        requireFree(HTTP + offset, "WildFly HTTP");
        requireFree(HTTPS + offset, "WildFly HTTPS");
        requireFree(MANAGEMENT + offset, "WildFly management");
        Path base = newBaseDirectory();
        for (String war : List.of(ServerChecksIT.BAD_APP, ServerChecksIT.APP)) {
            Files.copy(runner.deployments().resolve(war), base.resolve("deployments").resolve(war));
        }
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        Path script = runner.distribution().resolve("bin").resolve(windows ? "standalone.bat" : "standalone.sh");
        List<String> command = List.of(script.toString(), "-c", "standalone-microprofile.xml",
                "-b", "127.0.0.1", "-bmanagement", "127.0.0.1",
                "-Djboss.socket.binding.port-offset=" + offset, "-Djboss.server.base.dir=" + base);
        Map<String, String> scriptEnvironment = new HashMap<>(environment);
        // What the script would otherwise take from the build's environment: which JVM, which WildFly.
        scriptEnvironment.put("JAVA", runner.java().toString());
        scriptEnvironment.put("JBOSS_HOME", runner.distribution().toString());
        // Its console output repeats the server log (standalone/log/server.log), with the boot's first lines.
        return ServerProcess.start(command, scriptEnvironment, runner.work().resolve("console.log"));
    }

    /** The deployment scanner's marker of {@code war}: {@code .failed}, with the error, or {@code .deployed}. */
    @Override
    String deploymentReport(String war) throws IOException, InterruptedException {
        Path deployments = baseDirectory().resolve("deployments");
        Path failed = deployments.resolve(war + ".failed");
        Path deployed = deployments.resolve(war + ".deployed");
        long deadline = System.nanoTime() + DEPLOYMENT_DEADLINE.toNanos();
        while (!Files.exists(failed) && !Files.exists(deployed)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("WildFly marked " + war + " neither failed nor deployed within "
                        + DEPLOYMENT_DEADLINE.toSeconds() + "s: see " + log());
            }
            Thread.sleep(PROBE_PAUSE.toMillis());
        }
        return Files.exists(failed) ? Files.readString(failed, StandardCharsets.UTF_8) : war + " was deployed";
    }

    /** WildFly's {@code jboss.server.base.dir}: its configuration, deployments, data and log. */
    private Path baseDirectory() {
        return runner.work().resolve("standalone");
    }

    /** The server base directory, with the distribution's configuration and nothing else. */
    private Path newBaseDirectory() throws IOException {
        Path base = Files.createDirectories(baseDirectory());
        Path configuration = runner.distribution().resolve("standalone").resolve("configuration");
        try (Stream<Path> files = Files.walk(configuration)) {
            for (Path from : files.toList()) {
                Files.copy(from, base.resolve("configuration").resolve(configuration.relativize(from).toString()));
            }
        }
        Files.createDirectories(base.resolve("deployments"));
        return base;
    }
}
