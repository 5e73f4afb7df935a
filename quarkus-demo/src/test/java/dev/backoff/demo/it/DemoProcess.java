package dev.backoff.demo.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built demo ({@code target/quarkus-app/quarkus-run.jar}, made by {@code mvn package}) started as a person starts
 * it: {@code java -jar}, in its own process, with the environment given, on a free loopback port. Closing it stops
 * the process.
 */
final class DemoProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path output;
    final int port;

    private DemoProcess(Process process, Path output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("demo.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run mvn verify (the package phase builds it)");
        }
        return jar;
    }

    /** Starts the demo with {@code env} added to this process's environment; does not wait for it to be up. */
    static DemoProcess start(Map<String, String> env) throws IOException {
        int port = freePort();
        Path output = Files.createTempFile("backoff-demo-", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        return new DemoProcess(builder.start(), output, port);
    }

    /** Starts the demo and waits, at most 60 s, until it answers. */
    static DemoProcess startAndAwait(Map<String, String> env) throws IOException, InterruptedException {
        DemoProcess demo = start(env);
        try {
            demo.awaitUp();
            return demo;
        } catch (RuntimeException | InterruptedException e) {
            demo.close();
            throw e;
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void awaitUp() throws InterruptedException {
        for (int i = 0; i < 600; i++) { // at most 600 polls of 100 ms
            if (!process.isAlive()) {
                throw new IllegalStateException("the demo stopped with exit code " + process.exitValue() + ":\n"
                        + output());
            }
            try {
                if (get("/api/scenarios").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the demo did not answer within 60 s:\n" + output());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits, at most {@code seconds}, for the process to end by itself; its exit code, or null if it did not. */
    Integer awaitExit(int seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : null;
    }

    String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(output);
        } catch (IOException ignored) {
            // a temp file
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
