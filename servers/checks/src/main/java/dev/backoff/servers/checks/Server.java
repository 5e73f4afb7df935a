package dev.backoff.servers.checks;

import java.io.IOException;
import java.io.StringReader;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A server the checks run on, listening on 127.0.0.1 only: started once, with both WARs deployed and the checks'
 * environment variables, and stopped after the last check.
 */
abstract class Server implements AutoCloseable {

    /** How long a server may take to start and deploy: generous, for a busy machine with two cores. */
    private static final Duration START_DEADLINE = Duration.ofMinutes(4);
    /** The pause between two probes of a starting server. */
    static final Duration PROBE_PAUSE = Duration.ofMillis(250);

    protected final Runner runner;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private ServerProcess process;

    Server(Runner runner) {
        this.runner = runner;
    }

    /** Starts the server process, with {@code environment} added to its environment. */
    protected abstract ServerProcess launch(Map<String, String> environment) throws IOException;

    /**
     * What the server says of the deployment of {@code war}: its error when it failed, so that a check can read it
     * (the deployment report, or the server's log where it has none).
     */
    abstract String deploymentReport(String war) throws IOException, InterruptedException;

    /**
     * Starts the server in an empty work directory (a server keeps its deployments there across restarts, which
     * would deploy the last run's WARs again) and returns once {@code ready}, a page of one of its WARs, answers 200.
     */
    void start(Map<String, String> environment, String war, String ready) throws IOException, InterruptedException {
        if (Files.exists(runner.work())) {
            try (Stream<Path> old = Files.walk(runner.work())) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(runner.work());
        process = launch(environment);
        URI probe = page(war, ready);
        long deadline = System.nanoTime() + START_DEADLINE.toNanos();
        while (!answersOk(probe)) {
            process.requireAlive();
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(runner.server() + " did not answer " + probe + " within "
                        + START_DEADLINE.toSeconds() + "s: see " + process.log());
            }
            Thread.sleep(PROBE_PAUSE.toMillis());
        }
    }

    /** The root of {@code war}'s context, without a final slash: its file name without {@code .war}. */
    URI uri(String war) {
        return URI.create("http://127.0.0.1:" + runner.httpPort() + "/" + war.substring(0, war.length() - 4));
    }

    /**
     * GETs {@code path} of {@code war}; the body must be properties, as every endpoint of servers/app answers. Any
     * other status fails the check: the call of the {@code @Backoff} method threw, and the log says why.
     */
    Properties get(String war, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(page(war, path));
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + response.uri() + " answered " + response.statusCode() + ": see "
                    + log());
        }
        Properties body = new Properties();
        body.load(new StringReader(response.body()));
        return body;
    }

    int status(String war, String path) throws IOException, InterruptedException {
        return send(page(war, path)).statusCode();
    }

    private URI page(String war, String path) {
        return URI.create(uri(war) + "/" + path);
    }

    Path log() {
        return process.log();
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }

    /** Fails, naming the port and what it is for, when something on this machine already listens on it. */
    static void requireFree(int port, String what) throws IOException {
        ServerSocket socket;
        try {
            socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress());
        } catch (BindException e) {
            throw new IllegalStateException("Port " + port + " (" + what + ") is in use on 127.0.0.1: stop what"
                    + " listens there, or give the runner another HTTP port with -Dservers.http-port=...", e);
        }
        socket.close();
    }

    private boolean answersOk(URI uri) throws InterruptedException {
        try {
            return send(uri).statusCode() == 200;
        } catch (IOException notYet) { // not listening yet, or a listener that is starting dropped the connection
            return false;
        }
    }

    private HttpResponse<String> send(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(1)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
