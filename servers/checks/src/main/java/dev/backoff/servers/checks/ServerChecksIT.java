package dev.backoff.servers.checks;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of backoff-cdi on a real server, over HTTP: servers/app (and servers/bad-app, whose deployment must
 * fail) deployed on the runner's server, started once for all the checks with their environment variables, and
 * stopped after the last one, whatever the outcome. Each check calls an endpoint of servers/app that makes one call
 * of a {@code @Backoff} method and answers what happened, measured in the server (see its ChecksResource).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerChecksIT {

    static final String APP = "app.war";
    static final String BAD_APP = "bad-app.war";

    /** The MicroProfile Config mapping of key dev.backoff.servers.app.Retried/methodKey/Backoff/maxTries. */
    private static final String METHOD_KEY_VARIABLE = "DEV_BACKOFF_SERVERS_APP_RETRIED_METHODKEY_BACKOFF_MAXTRIES";
    private static final int METHOD_KEY_TRIES = 2;
    /** The mapping of key Backoff/override/maxTries: the policy named "override". */
    private static final String NAMED_KEY_VARIABLE = "BACKOFF_OVERRIDE_MAXTRIES";
    private static final int NAMED_KEY_TRIES = 3;
    /** The mapping of key flaky/mp-rest/url: where servers/app's REST client sends its requests. */
    private static final String REST_CLIENT_URL_VARIABLE = "FLAKY_MP_REST_URL";

    private static final Runner RUNNER = Runner.fromSystemProperties();

    @RegisterExtension
    static final CheckResults RESULTS = new CheckResults(RUNNER);

    private Server server;

    @BeforeAll
    void start() throws IOException, InterruptedException {
        if (!RUNNER.runnable()) {
            System.out.println("[servers] " + RUNNER.server() + ": not run here: " + RUNNER.notRunReason());
            return;
        }
        long started = System.nanoTime();
        server = RUNNER.newServer();
        server.start(Map.of(
                METHOD_KEY_VARIABLE, String.valueOf(METHOD_KEY_TRIES),
                NAMED_KEY_VARIABLE, String.valueOf(NAMED_KEY_TRIES),
                REST_CLIENT_URL_VARIABLE, server.uri(APP).toString()), APP, "checks/ready");
        System.out.println("[servers] " + RUNNER.server() + " started in "
                + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + "s, on JDK "
                + RUNNER.jdk().orElseThrow() + "; its log: " + server.log());
    }

    @BeforeEach
    void requireServer() {
        if (server == null) {
            Assumptions.abort(RUNNER.notRunReason());
        }
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** The regression check for VirtualTime, a test clock that never sleeps, selected on a server by mistake. */
    @Test
    @Order(1)
    @DisplayName("sync retries wait: 4 failures, then success, with constant 50 ms waits take 5 attempts and at"
            + " least 200 ms")
    void syncRetriesWait() throws IOException, InterruptedException {
        Properties call = server.get(APP, "checks/sync?failures=4");

        assertThat(call.getProperty("outcome")).isEqualTo("ok");
        assertThat(call.getProperty("attempts")).isEqualTo("5");
        assertThat(Long.parseLong(call.getProperty("elapsedMillis")))
                .as("milliseconds the call took; its attempts began at %s ms", starts(call, 5))
                .isGreaterThanOrEqualTo(4 * 50);
    }

    @Test
    @Order(2)
    @DisplayName("async retries (CompletionStage): 3 failures, then success, with 100 ms waits run the retries off"
            + " the request thread and take at least 300 ms")
    void asyncRetriesRunOffTheRequestThreadAndWait() throws IOException, InterruptedException {
        Properties call = server.get(APP, "checks/async?failures=3");

        assertThat(call.getProperty("outcome")).isEqualTo("ok");
        assertThat(call.getProperty("attempts")).isEqualTo("4");
        for (int attempt = 2; attempt <= 4; attempt++) {
            assertThat(call.getProperty("attempt." + attempt + ".thread"))
                    .as("the thread of attempt %d", attempt).isNotEqualTo(call.getProperty("requestThread"));
        }
        assertThat(Long.parseLong(call.getProperty("elapsedMillis")))
                .as("milliseconds until the stage completed; its attempts began at %s ms", starts(call, 4))
                .isGreaterThanOrEqualTo(3 * 100);
    }

    @Test
    @Order(3)
    @DisplayName("an environment variable of the server for a method key overrides maxTries: "
            + METHOD_KEY_VARIABLE + "=" + METHOD_KEY_TRIES)
    void environmentVariableOverridesMethodKey() throws IOException, InterruptedException {
        Properties call = server.get(APP, "checks/method-key");

        assertThat(call.getProperty("annotatedMaxTries")).isNotEqualTo(String.valueOf(METHOD_KEY_TRIES));
        assertThat(call.getProperty("attempts")).as("attempts of a call that always fails")
                .isEqualTo(String.valueOf(METHOD_KEY_TRIES));
    }

    @Test
    @Order(4)
    @DisplayName("an environment variable of the server for a named key overrides maxTries: "
            + NAMED_KEY_VARIABLE + "=" + NAMED_KEY_TRIES)
    void environmentVariableOverridesNamedKey() throws IOException, InterruptedException {
        Properties call = server.get(APP, "checks/named-key");

        assertThat(call.getProperty("annotatedMaxTries")).isNotEqualTo(String.valueOf(NAMED_KEY_TRIES));
        assertThat(call.getProperty("attempts")).as("attempts of a call that always fails")
                .isEqualTo(String.valueOf(NAMED_KEY_TRIES));
    }

    /** servers/bad-app: see its META-INF/microprofile-config.properties. */
    @Test
    @Order(5)
    @DisplayName("bad config values (maxTries = abc for a method key, -1 for a named key) fail the deployment, with"
            + " the library's report naming both keys")
    void badConfigFailsTheDeployment() throws IOException, InterruptedException {
        assertThat(server.status(BAD_APP, "index.html")).as("HTTP status of the misconfigured WAR's page")
                .isEqualTo(404);
        assertThat(server.deploymentReport(BAD_APP)).contains("backoff-cdi found 2 problems with @Backoff:",
                "config key dev.backoff.servers.bad.Misconfigured/fetch/Backoff/maxTries",
                "config key Backoff/misconfigured/maxTries");
    }

    @Test
    @Order(6)
    @DisplayName("@Backoff on a method of a MicroProfile REST client interface retries the call: 3 answers 503,"
            + " then 200, make 4 requests")
    void restClientCallsAreRetried() throws IOException, InterruptedException {
        Properties call = server.get(APP, "checks/rest-client?failures=3");

        assertThat(call.getProperty("requests"))
                .as("requests the flaky endpoint received (the call ended with %s)", call.getProperty("outcome"))
                .isEqualTo("4");
        assertThat(call.getProperty("outcome")).isEqualTo("ok");
    }

    /** When each attempt began, in milliseconds from the call. */
    private static String starts(Properties call, int attempts) {
        StringBuilder starts = new StringBuilder();
        for (int attempt = 1; attempt <= attempts; attempt++) {
            starts.append(attempt == 1 ? "" : ", ").append(call.getProperty("attempt." + attempt + ".startedMillis"));
        }
        return starts.toString();
    }
}
