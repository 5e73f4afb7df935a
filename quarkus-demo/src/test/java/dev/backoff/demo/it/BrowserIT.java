package dev.backoff.demo.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page in a real headless browser (Debian's Chromium and its chromedriver, which {@code .ci/run} installs), on the
 * built demo started with one environment override: a link runs a scenario as its Run button does
 * ({@code ?run=<id>&n=<k>}), its timeline is drawn, one rectangle per attempt and per wait, inside the drawing, with
 * the metrics table filled; a card shows the policy in effect with what config set; a bad {@code n} is said on the card.
 */
class BrowserIT {

    /** Harmless for the runs below (poll-queue has no limit of its own, and polls 3 times), seen on its card. */
    private static final Map<String, String> ENVIRONMENT = Map.of("BACKOFF_POLL_QUEUE_MAXTRIES", "9");

    private static DemoProcess demo;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Browser.installed(), "no " + Browser.CHROMIUM + " or " + Browser.CHROMEDRIVER + " here (Debian"
                + " packages chromium and chromium-driver; .ci/run installs them): the browser tests are skipped");
        demo = DemoProcess.startAndAwait(ENVIRONMENT);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void aLinkRunsAScenarioAndThePageDrawsItsTimeline() throws Exception {
        browser.open(demo.url("/?run=queue-polling&n=3"));
        String dom = browser.when(present("#timeline-queue-polling") + " && "
                + present("#meters tr[data-policy=\"poll-queue\"]"), "document.documentElement.outerHTML").asText();

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

    @Test
    void everyLabelOfATimelineIsInsideItsDrawing() throws Exception {
        browser.open(demo.url("/?run=basic-api&n=2"));
        // every text of the drawing (lanes, attempt numbers, time axis): its box, and the drawing's
        JsonNode drawn = browser.when(present("#timeline-basic-api"), """
                (() => {
                  const svg = document.querySelector('#timeline-basic-api');
                  const texts = [...svg.querySelectorAll('text')].map(t => {
                    const box = t.getBBox();
                    return { text: t.textContent, left: box.x, right: box.x + box.width, top: box.y,
                             bottom: box.y + box.height };
                  });
                  return { width: svg.viewBox.baseVal.width, height: svg.viewBox.baseVal.height, texts };
                })()""");

        double width = drawn.get("width").asDouble();
        double height = drawn.get("height").asDouble();
        assertThat(drawn.get("texts")).as("texts of the drawing").hasSizeGreaterThan(5).allSatisfy(text -> {
            assertThat(text.get("right").asDouble()).as("right of %s", text).isGreaterThan(text.get("left").asDouble())
                    .isLessThanOrEqualTo(width);
            assertThat(text.get("left").asDouble()).as("left of %s", text).isGreaterThanOrEqualTo(0);
            assertThat(text.get("top").asDouble()).as("top of %s", text).isGreaterThanOrEqualTo(0);
            assertThat(text.get("bottom").asDouble()).as("bottom of %s", text).isLessThanOrEqualTo(height);
        });
    }

    @Test
    void aCardShowsThePolicyInEffectAndMarksWhatConfigSet() throws Exception {
        browser.open(demo.url("/"));
        JsonNode policy = browser.when(present("#scenario-queue-polling .policy .layer"),
                "document.querySelector('#scenario-queue-polling .policy .layer').textContent");

        assertThat(policy.asText()).startsWith("In effect: name = \"poll-queue\", retryIf = Falsy.class,")
                .contains("maxTries = 9 (config Backoff/poll-queue/maxTries)")
                .contains("interval = 250", "jitter = Jitter.NONE");
        JsonNode marked = browser.now(
                "[...document.querySelectorAll('#scenario-queue-polling .from-config')].map(e => e.dataset.member)");
        assertThat(marked).extracting(JsonNode::asText).containsExactly("maxTries");
        // the annotation as written stays on the card
        assertThat(browser.now("document.querySelector('#scenario-queue-polling pre')"
                + ".textContent").asText()).startsWith("@Backoff(name = \"poll-queue\"").doesNotContain("maxTries");
    }

    @Test
    void aBadNInALinkIsSaidOnItsCard() throws Exception {
        browser.open(demo.url("/?run=basic-api&n=lots"));
        JsonNode error = browser.when(present("#scenario-basic-api .output .error"),
                "document.querySelector('#scenario-basic-api .output .error').textContent");

        assertThat(error.asText()).isEqualTo("400: n must be a whole number from 0 (how many failures, polls... the"
                + " scenario plays), not \"lots\".");
    }

    /** A JavaScript expression: whether the page has an element matching {@code selector}. */
    private static String present(String selector) {
        return "document.querySelector('" + selector.replace("'", "\\'") + "') !== null";
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }
}
