package dev.backoff.servers.checks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Payara Micro, from its jar: {@code java -jar payara-micro.jar --deploy ...}, everything it writes in the runner's
 * work directory.
 */
final class PayaraMicro extends Server {

    /**
     * Run before Payara boots: its HTTP listener and its Hazelcast data grid (which runs even with
     * {@code --nocluster}, and otherwise binds every interface) listen on 127.0.0.1 only.
     */
    private static final List<String> PREBOOT_COMMANDS = List.of(
            "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener"
                    + ".address=127.0.0.1",
            "set hazelcast-runtime-configuration.interface=127.0.0.1");

    PayaraMicro(Runner runner) {
        super(runner);
    }

    @Override
    protected ServerProcess launch(Map<String, String> environment) throws IOException {
        requireFree(runner.httpPort(), "Payara Micro HTTP");
        Path work = runner.work();
        Path preboot = Files.write(work.resolve("preboot.txt"), PREBOOT_COMMANDS, StandardCharsets.UTF_8);
        List<String> command = List.of(runner.java().toString(), "-Xmx512m",
                // With the interface above, Hazelcast binds that address instead of all of them.
                "-Dhazelcast.socket.bind.any=false",
                "-jar", runner.distribution().toString(),
                "--nocluster", "--port", String.valueOf(runner.httpPort()),
                "--prebootcommandfile", preboot.toString(), "--rootdir", work.resolve("root").toString(),
                // Deployed in this order, one after the other: by the time the application answers, the
                // misconfigured WAR's deployment has failed and its report is in the log.
                "--deploy", runner.deployments().resolve(ServerChecksIT.BAD_APP).toString(),
                "--deploy", runner.deployments().resolve(ServerChecksIT.APP).toString());
        return ServerProcess.start(command, environment, work.resolve("server.log"));
    }

    /**
     * Payara Micro reports a failed deployment only in its log, without the WAR's name: the log records of every
     * failed deployment (a record ends with an empty line).
     */
    @Override
    String deploymentReport(String war) throws IOException {
        String failures = Stream.of(Files.readString(log(), StandardCharsets.UTF_8).split("\\R\\R"))
                .filter(record -> record.contains("Exception while loading the app :"))
                .collect(Collectors.joining("\n"));
        return failures.isEmpty() ? "no failed deployment in " + log() : failures;
    }
}
