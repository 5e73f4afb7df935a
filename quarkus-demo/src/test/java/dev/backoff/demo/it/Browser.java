package dev.backoff.demo.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium, driven through its chromedriver by the W3C WebDriver protocol (JSON over HTTP), so that
 * a test can ask the page what it drew: the DOM, and the boxes the browser laid its text out in.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process driver;
    private final String session;

    private Browser(Process driver, String session) {
        this.driver = driver;
        this.session = session;
    }

    /** Whether this machine has both (Debian packages chromium and chromium-driver; .ci/run installs them). */
    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static Browser start() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port).redirectErrorStream(true)
                .start();
        try {
            awaitStarted(driver);
            String base = "http://127.0.0.1:" + port;
            JsonNode created = send(HttpRequest.newBuilder(URI.create(base + "/session")), Map.of("capabilities",
                    Map.of("alwaysMatch", Map.of("browserName", "chrome", "goog:chromeOptions", Map.of(
                            "binary", CHROMIUM.toString(),
                            "args", List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                                    "--window-size=1400,1000"))))));
            Browser browser = new Browser(driver, base + "/session/" + created.get("sessionId").asText());
            browser.post("/timeouts", Map.of("script", 120_000, "pageLoad", 60_000));
            return browser;
        } catch (IOException | RuntimeException e) {
            driver.destroyForcibly();
            throw e;
        }
    }

    /** chromedriver says when it listens; its output is read up to that line, then drained so it never blocks. */
    private static void awaitStarted(Process driver) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(driver.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder said = new StringBuilder();
        for (String line = out.readLine(); ; line = out.readLine()) {
            if (line == null) {
                throw new IOException("chromedriver ended before it listened:\n" + said);
            }
            said.append(line).append('\n');
            if (line.contains("started successfully")) {
                break;
            }
        }
        Thread drain = new Thread(() -> {
            try {
                out.transferTo(Writer.nullWriter());
            } catch (IOException ended) {
                // the driver stopped
            }
        }, "chromedriver-output");
        drain.setDaemon(true);
        drain.start();
    }

    /** Opens {@code url}; returns once the page has loaded (its scripts may still be fetching). */
    void open(String url) throws IOException {
        post("/url", Map.of("url", url));
    }

    /**
     * Runs {@code script} in the page as the body of an asynchronous function whose last argument, {@code done}, it
     * calls with its result; returns that result.
     */
    JsonNode whenDone(String script) throws IOException {
        return post("/execute/async", Map.of("script", "const done = arguments[arguments.length - 1];\n" + script,
                "args", List.of()));
    }

    /**
     * Waits until {@code ready}, a JavaScript expression, is true in the page (watching the DOM change, not polling),
     * then returns {@code result}'s value.
     */
    JsonNode when(String ready, String result) throws IOException {
        return whenDone("const ready = () => " + ready + ";\n"
                + "const finish = () => done(" + result + ");\n"
                + "if (ready()) { finish(); } else { new MutationObserver((changes, observer) => {\n"
                + "  if (ready()) { observer.disconnect(); finish(); } })\n"
                + "  .observe(document.documentElement, { childList: true, subtree: true, characterData: true }); }");
    }

    /** {@code expression}'s value in the page, now. */
    JsonNode now(String expression) throws IOException {
        return when("true", expression);
    }

    private JsonNode post(String path, Object body) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(session + path)), body);
    }

    private static JsonNode send(HttpRequest.Builder request, Object body) throws IOException {
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.timeout(Duration.ofMinutes(3)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        JsonNode value = JSON.readTree(response.body()).get("value");
        if (response.statusCode() != 200) {
            throw new IOException("WebDriver " + response.statusCode() + ": " + value);
        }
        return value;
    }

    @Override
    public void close() {
        try {
            HTTP.send(HttpRequest.newBuilder(URI.create(session)).timeout(Duration.ofSeconds(30)).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException e) {
            // the driver goes anyway
        } finally {
            driver.destroy();
            try {
                if (!driver.waitFor(10, TimeUnit.SECONDS)) {
                    driver.destroyForcibly();
                }
            } catch (InterruptedException e) {
                driver.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
