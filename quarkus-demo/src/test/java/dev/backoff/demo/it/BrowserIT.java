package dev.backoff.demo.it;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page in a real headless browser (Debian's Chromium, which {@code .ci/run} installs): it loads {@code /}, runs a
 * scenario as its Run button does ({@code ?run=<id>} clicks it once the page is built), and the dumped DOM has that
 * scenario's timeline drawn, one rectangle per attempt and per wait, and the metrics table filled.
 */
class BrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void thePageRunsAScenarioAndDrawsItsTimeline() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + " here (Debian package chromium; .ci/run"
                + " installs it): the browser test is skipped");
        try (DemoProcess demo = DemoProcess.startAndAwait(Map.of())) {
            String dom = dumpDom(demo.url("/?run=queue-polling&n=3"));

            Matcher svg = Pattern.compile("<svg class=\"timeline\" id=\"timeline-queue-polling\"[^>]*>(.*?)</svg>",
                    Pattern.DOTALL).matcher(dom);
            assertThat(svg.find()).as("the timeline of queue-polling in the page:\n%s", dom).isTrue();
            String timeline = svg.group(0);
            assertThat(timeline).contains("data-outcome=\"success\"");
            assertThat(count(timeline, "class=\"attempt backoff\"")).isEqualTo(2);
            assertThat(count(timeline, "class=\"attempt success\"")).isEqualTo(1);
            assertThat(count(timeline, "class=\"wait\"")).isEqualTo(2);
            assertThat(timeline).contains(">poll-queue<");
            Matcher meters = Pattern.compile("<tr data-policy=\"poll-queue\"><td>poll-queue</td><td>0</td><td>1</td>"
                    + "<td>0</td><td>2</td>").matcher(dom);
            assertThat(meters.find()).as("the poll-queue meters in the page:\n%s", dom).isTrue();
        }
    }

    /** The DOM after the page's scripts ran; Chromium waits for the page's fetches within its virtual time budget. */
    private static String dumpDom(String url) throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile-");
        Path out = Files.createTempFile("dom-", ".html");
        Path err = Files.createTempFile("chromium-", ".log");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=30000", "--dump-dom", url));
        Process chromium = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        try {
            assertThat(chromium.waitFor(120, TimeUnit.SECONDS)).as("chromium ended within 120 s").isTrue();
            return Files.readString(out);
        } finally {
            chromium.destroyForcibly();
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }
}
