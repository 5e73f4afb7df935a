package dev.backoff.demo.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Config is read when the application starts, not baked in when it is built: the one jar that {@code mvn package}
 * built is started three times, with different environment variables, and each start follows its own.
 */
class EnvironmentOverrideIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSameBuiltApplicationFollowsTheEnvironmentOfEachStart() throws Exception {
        long built = Files.getLastModifiedTime(DemoProcess.jar()).toMillis();

        // no override: @Backoff(name = "fetch-data", maxTime = 60_000 ms) retries until the service recovers
        try (DemoProcess demo = DemoProcess.startAndAwait(Map.of())) {
            JsonNode run = run(demo, "basic-api", 3);
            assertThat(run.get("outcome").asText()).isEqualTo("success");
            assertThat(run.get("marks")).hasSize(4);
            assertThat(fromConfig(demo, "basic-api")).isEmpty();
        }

        // as environment variables: the site key dev.backoff.demo.scenario.HttpExamples/fetchData/Backoff/maxTries=2
        // (the class the user wrote, not ArC's generated subclass) and the policy key Backoff/fetch-data/factor=1ms
        try (DemoProcess demo = DemoProcess.startAndAwait(Map.of(
                "DEV_BACKOFF_DEMO_SCENARIO_HTTPEXAMPLES_FETCHDATA_BACKOFF_MAXTRIES", "2",
                "BACKOFF_FETCH_DATA_FACTOR", "1ms"))) {
            JsonNode run = run(demo, "basic-api", 3);
            assertThat(run.get("outcome").asText()).isEqualTo("gave up");
            assertThat(run.get("marks")).hasSize(2);
            assertThat(run.get("marks").get(0).get("waitMs").asDouble()).isBetween(0.0, 1.0);
            assertThat(run.get("marks").get(1).get("kind").asText()).isEqualTo("giveup");
            // the card's policy in effect says which values config set, with the key that set each
            assertThat(fromConfig(demo, "basic-api")).containsExactly(
                    "factor = 1ms (Backoff/fetch-data/factor)",
                    "maxTries = 2 (dev.backoff.demo.scenario.HttpExamples/fetchData/Backoff/maxTries)");
        }

        // a bad value fails the start, with the library's message naming the key and the value
        try (DemoProcess demo = DemoProcess.start(Map.of("BACKOFF_FETCH_DATA_MAXTRIES", "-1"))) {
            Integer exit = demo.awaitExit(60);
            assertThat(exit).as("the start with a bad value ended, output:\n%s", demo.output()).isNotNull()
                    .isNotZero();
            assertThat(demo.output()).contains("backoff-cdi found 1 problem with @Backoff:",
                    "dev.backoff.demo.scenario.HttpExamples.fetchData(java.lang.String, int)",
                    "Backoff/fetch-data/maxTries", "-1");
        }

        assertThat(Files.getLastModifiedTime(DemoProcess.jar()).toMillis()).as("nothing was rebuilt")
                .isEqualTo(built);
    }

    /** The values config set in the policy in effect of a scenario's card: {@code member = value (key)}. */
    private static List<String> fromConfig(DemoProcess demo, String scenario) throws Exception {
        var response = demo.get("/api/scenarios");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> set = new ArrayList<>();
        for (JsonNode card : JSON.readTree(response.body())) {
            if (card.get("id").asText().equals(scenario)) {
                for (JsonNode layer : card.get("policy")) {
                    for (JsonNode setting : layer.get("settings")) {
                        if (!setting.get("configKey").isNull()) {
                            set.add(setting.get("member").asText() + " = " + setting.get("value").asText() + " ("
                                    + setting.get("configKey").asText() + ")");
                        }
                    }
                }
            }
        }
        return set;
    }

    private static JsonNode run(DemoProcess demo, String scenario, int n) throws Exception {
        var response = demo.post("/api/scenarios/" + scenario + "/run?n=" + n);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
