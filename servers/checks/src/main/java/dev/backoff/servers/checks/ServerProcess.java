package dev.backoff.servers.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A server's operating system process, its output going to a log file, never to the build's console. Closing it
 * stops the process and every process it started (standalone.sh starts WildFly's JVM as its child), and so does the
 * end of the JVM running the checks, whatever ends it.
 */
final class ServerProcess implements AutoCloseable {

    /** How long a server may take to stop once asked: then it is killed. */
    private static final Duration STOP_DEADLINE = Duration.ofSeconds(60);

    private final Process process;
    private final Path log;
    private final Thread stopAtExit;

    private ServerProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.stopAtExit = new Thread(this::stop, "stop " + log);
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /**
     * Starts {@code command} with the environment of the build plus {@code environment}, without any backoff-cdi
     * config variable of the build's own ({@code BACKOFF_*}, {@code *_BACKOFF_*}): the checks see only the overrides
     * they set.
     */
    static ServerProcess start(List<String> command, Map<String, String> environment, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("BACKOFF_") || name.contains("_BACKOFF_"));
        builder.environment().putAll(environment);
        return new ServerProcess(builder.start(), log);
    }

    /** Fails when the server has exited: it will never answer. */
    void requireAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException("The server exited with code " + process.exitValue() + ": see " + log);
        }
    }

    Path log() {
        return log;
    }

    @Override
    public void close() {
        stop();
        Runtime.getRuntime().removeShutdownHook(stopAtExit);
    }

    /** Asks the process and its descendants to stop (SIGTERM: both servers then shut down cleanly), then kills them. */
    private void stop() {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList()); // before their parent is gone
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_DEADLINE.toNanos();
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                handle.destroyForcibly();
            } catch (InterruptedException e) {
                handle.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
