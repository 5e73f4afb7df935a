package dev.backoff.demo.web;

import dev.backoff.demo.bank.Bank;
import dev.backoff.demo.bank.DatabaseExamples;
import dev.backoff.demo.scenario.AdvancedExamples;
import dev.backoff.demo.scenario.AsyncExamples;
import dev.backoff.demo.scenario.BeyondExamples;
import dev.backoff.demo.scenario.CloudExamples;
import dev.backoff.demo.scenario.DebuggingExamples;
import dev.backoff.demo.scenario.ErrorHandlingExamples;
import dev.backoff.demo.scenario.HttpExamples;
import dev.backoff.demo.scenario.PollingExamples;
import dev.backoff.demo.timeline.Lane;
import dev.backoff.demo.timeline.Timeline;
import dev.backoff.demo.timeline.Timelines;
import dev.backoff.event.GiveupReason;
import dev.backoff.demo.upstream.UpstreamServices.Payload;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Every seed example as a scenario the page can run: what the upstream does, the method and its annotations, and
 * how to call it. Each scenario has one number to play with, {@code n} (how many failures, polls...), with a
 * default that tells the example's story.
 */
@ApplicationScoped
public class Scenarios {

    /** A scenario's body: calls the example with the run's id and {@code n}. */
    @FunctionalInterface
    interface Body {
        Object run(String run, int n) throws Exception;
    }

    /** What a body may return to set the outcome itself. */
    record Outcome(String outcome, String result) {
    }

    /** {@code most}: the largest {@code n} the scenario accepts. */
    record Scenario(String id, String group, String title, String story, String knob, int n, int most,
                    List<Method> methods, Body body) {
    }

    /**
     * A scenario as the page lists it: {@code code} is its method with the {@code @Backoff}s as written,
     * {@code policy} each layer's policy in effect with this start's config.
     */
    public record Info(String id, String group, String title, String story, String knob, int n,
                       List<String> code, List<PolicyText.Layer> policy) {
    }

    @Inject
    Timelines timelines;
    @Inject
    Config config;
    @Inject
    HttpExamples http;
    @Inject
    AsyncExamples async;
    @Inject
    Bank bank;
    @Inject
    DatabaseExamples databases;
    @Inject
    PollingExamples polling;
    @Inject
    CloudExamples cloud;
    @Inject
    DebuggingExamples debugging;
    @Inject
    AdvancedExamples advanced;
    @Inject
    ErrorHandlingExamples errors;
    @Inject
    BeyondExamples beyond;
    @Inject
    MeterRegistry registry;
    @Inject
    DebuggingExamples.RetryMetrics retryMetrics;
    @Inject
    AdvancedExamples.CircuitBreaker circuitBreaker;

    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();

    @PostConstruct
    void define() {
        String group = "HTTP/API calls";
        add("basic-api", group, "Basic API retry", "The service answers 503 n times, then 200.", "failures", 3,
                method(HttpExamples.class, "fetchData"), (run, n) -> http.fetchData(run, n));
        add("retry-after", group, "Rate limiting with Retry-After",
                "The service answers 429 with Retry-After: 1 (second) n times, then 200.", "429 answers", 2,
                method(HttpExamples.class, "rateLimitedApiCall"), (run, n) -> http.rateLimitedApiCall(run, n));
        add("status-codes", group, "Conditional retry on status codes",
                "The service answers 503, 500, 429, then 200; with n = 0 it answers 404, which is not retried.",
                "0 for a 404", 1, method(HttpExamples.class, "resilientApiCall"),
                (run, n) -> http.resilientApiCall(run, n == 0 ? "404" : "503,500,429,200"));

        group = "Database operations (H2)";
        add("db-connect", group, "Connection retry",
                "The database is still starting: it accepts connections from attempt n on.", "up at attempt", 3,
                method(DatabaseExamples.class, "connectToDatabase"), (run, n) -> {
                    try (Connection c = databases.connectToDatabase(run, n); Statement s = c.createStatement();
                         ResultSet r = s.executeQuery("SELECT COUNT(*) FROM stock")) {
                        r.next();
                        return "connected to " + c.getMetaData().getURL() + ", " + r.getInt(1) + " stock rows";
                    }
                });
        add("deadlock", group, "Transaction retry with deadlock handling",
                "A concurrent transfer the other way deadlocks with the first n attempts; H2 rolls back the victim"
                        + " and each retry runs in a fresh transaction.", "deadlocks", 2,
                method(Bank.class, "transfer"), (run, n) -> {
                    String done = bank.transfer(run, 1, 2, 10, n);
                    return done + "; balances now " + bank.balance(1) + " and " + bank.balance(2);
                });
        add("async-db", group, "Async database operations (Uni)",
                "The table is created by a migration that finishes at attempt n; the query runs on a worker thread"
                        + " and is retried by re-subscription.", "migrated at attempt", 3,
                method(DatabaseExamples.class, "queryAsync"),
                (run, n) -> databases.queryAsync(run, n).await().atMost(Duration.ofSeconds(60)));

        group = "Async/await";
        add("async-http", group, "Async HTTP client (CompletionStage)",
                "The service answers 503 n times, then 200; no thread waits between attempts.", "failures", 2,
                method(AsyncExamples.class, "fetchAsync"),
                (run, n) -> async.fetchAsync(run, n).toCompletableFuture().get(60, TimeUnit.SECONDS));
        add("async-tasks", group, "Multiple async tasks with individual retries (Uni)",
                "Three URLs fetched together, each with its own retries: a fails once, b n times, c never.",
                "failures of b", 3, method(AsyncExamples.class, "fetchWithRetry"), (run, n) -> {
                    List<Uni<String>> tasks = new ArrayList<>();
                    int[] failures = {1, n, 0};
                    String[] urls = {"a", "b", "c"};
                    for (int i = 0; i < urls.length; i++) {
                        tasks.add(async.fetchWithRetry(run, new Lane(urls[i]), failures[i])
                                .map(Payload::data)
                                .onFailure().recoverWithItem(e -> Timelines.describe(e))); // return_exceptions=True
                    }
                    List<?> results = Uni.join().all(tasks).andFailFast().await().atMost(Duration.ofSeconds(60));
                    return new Outcome("success", results.toString());
                });

        group = "Polling and resource waiting";
        add("job-polling", group, "Poll for job completion",
                "The job is running until poll n, complete from then on.", "complete at poll", 4,
                method(PollingExamples.class, "waitForJob"), (run, n) -> polling.waitForJob(run, n));
        add("resource-wait", group, "Wait for resource availability",
                "The resource is 404 until look n; Fibonacci waits, in seconds, capped at 2.", "exists at look", 3,
                method(PollingExamples.class, "waitForResource"), (run, n) -> polling.waitForResource(run, n));
        add("queue-polling", group, "Message queue polling",
                "The queue is empty until a producer publishes, just before receive n.", "filled at receive", 4,
                method(PollingExamples.class, "pollQueue"), (run, n) -> polling.pollQueue(run, n));

        group = "Cloud services";
        add("s3-upload", group, "Object store upload (S3 SlowDown)",
                "The store answers 503 SlowDown n times, then stores; with n = 0 it answers 403 AccessDenied, which"
                        + " gives up at once.", "SlowDown answers", 2, method(CloudExamples.class, "uploadToStore"),
                (run, n) -> cloud.uploadToStore(run, "report.json", n, n == 0 ? "AccessDenied" : "SlowDown"));
        add("dynamodb-write", group, "Table write (DynamoDB throughput exceeded)",
                "The store answers 400 ProvisionedThroughputExceededException n times, then writes.",
                "throttled writes", 3, method(CloudExamples.class, "writeItem"),
                (run, n) -> cloud.writeItem(run, "item-" + run, n));

        group = "Testing and debugging";
        add("logging", group, "Logging retry events",
                "The service answers 503 n times; listeners log each backoff and the give-up.", "failures", 2,
                method(DebuggingExamples.class, "flakyFunction"), (run, n) -> debugging.flakyFunction(run, n));
        add("metrics", group, "Metrics collection",
                "The service answers 503 n times; listeners count retries and give-ups.", "failures", 5,
                method(DebuggingExamples.class, "monitoredFunction"), (run, n) -> {
                    try {
                        return debugging.monitoredFunction(run, n);
                    } finally {
                        timelines.get(run).log("retry_metrics = " + retryMetrics.snapshot());
                    }
                });

        group = "Advanced patterns";
        add("stacked", group, "Combining multiple decorators",
                "The resource first times out, then answers 503, then 'not ready', then 'ready'; with n = 0 it"
                        + " answers 404, which gives up.", "0 for a 404", 1,
                method(AdvancedExamples.class, "comprehensiveRetry"),
                (run, n) -> advanced.comprehensiveRetry(run, n == 0 ? "404" : "slow,503,notready,ready"));
        add("circuit-breaker", group, "Circuit breaker",
                "The service answers 503 n times; the circuit opens after 3 failures and stays open 10 s.",
                "failures", 9, method(AdvancedExamples.class, "protectedApiCall"), (run, n) -> {
                    try {
                        return advanced.protectedApiCall(run, n);
                    } finally {
                        timelines.get(run).log("circuit: " + circuitBreaker.state());
                    }
                });
        add("dynamic-config", group, "Dynamic configuration",
                "The service answers 503 n times; the limits are read from a bean at the start of every call"
                        + " (max 5 tries, 60 s).", "failures", 6,
                method(AdvancedExamples.class, "configurableRetry"), (run, n) -> advanced.configurableRetry(run, n));

        group = "Error handling";
        add("graceful-degradation", group, "Graceful degradation",
                "The service answers 503 n times; after 3 tries the call returns null and the caller uses its cache.",
                "failures", 5, method(ErrorHandlingExamples.class, "optionalApiCall"), (run, n) -> {
                    Payload result = errors.optionalApiCall(run, n);
                    return result == null ? new Outcome("gave up", "null, so from the cache: cached payload")
                            : result;
                });
        add("custom-exception", group, "Custom exception on give-up",
                "The service answers 503 n times; on give-up a listener raises RetryExhaustedError.", "failures", 9,
                method(ErrorHandlingExamples.class, "criticalOperation"),
                (run, n) -> {
                    try {
                        return errors.criticalOperation(run, n);
                    } catch (ErrorHandlingExamples.RetryExhaustedError e) {
                        return new Outcome("gave up", Timelines.describe(e));
                    }
                });

        group = "Beyond Python's backoff";
        add("server-directed", group, "Waits the server asks for (Retry-After)",
                "The service answers 429 with Retry-After: 1 (second) n times, then 200. The policy's own waits are"
                        + " exponential from 100 ms; after each 429 the library waits what the header says instead,"
                        + " with no code: retryAfter is on by default.", "429 answers", 2,
                method(BeyondExamples.class, "serverDirected"), (run, n) -> beyond.serverDirected(run, n));
        add("outage", group, "A retry budget during an outage",
                "The service is down. n callers call it at once, each willing to try 5 times, but their retries all"
                        + " draw on the budget 'outage' (1 retry a second over 10 s, plus 20% of the calls): once"
                        + " it is empty, a caller gives up at once with its 503 instead of adding load. Runs within"
                        + " 10 s of each other share what is left.", "callers", 20, BeyondExamples.MOST_CALLERS,
                method(BeyondExamples.class, "duringOutage"), (run, n) -> {
                    List<CompletableFuture<?>> calls = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        calls.add(beyond.duringOutage(run, new Lane(String.format("caller %03d", i)))
                                .toCompletableFuture().exceptionally(e -> null)); // each caller's own outcome
                    }
                    CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
                    Timeline timeline = timelines.get(run);
                    long refused = timeline.view().marks().stream()
                            .filter(m -> GiveupReason.BUDGET_EXHAUSTED.name().equals(m.note())).count();
                    String budget = BeyondExamples.OUTAGE_BUDGET;
                    timeline.log("backoff.budget.exhausted{budget=" + budget + "} = "
                            + Optional.ofNullable(registry.find("backoff.budget.exhausted").tag("budget", budget)
                                    .counter()).map(Counter::count).orElse(0.0)
                            + " since the application started");
                    return new Outcome("gave up", refused + " of " + n + " callers stopped by the empty budget");
                });
    }

    private void add(String id, String group, String title, String story, String knob, int n, Method method,
                     Body body) {
        add(id, group, title, story, knob, n, Integer.MAX_VALUE, method, body);
    }

    private void add(String id, String group, String title, String story, String knob, int n, int most,
                     Method method, Body body) {
        scenarios.put(id, new Scenario(id, group, title, story, knob, n, most, List.of(method), body));
    }

    private static Method method(Class<?> type, String name) {
        for (Method method : type.getDeclaredMethods()) {
            if (method.getName().equals(name)) {
                return method;
            }
        }
        throw new IllegalArgumentException(type + " has no method " + name);
    }

    public List<Info> list() {
        // as the library reads config: a key with an empty value has none (MicroProfile Config)
        Function<String, String> keys = key -> config.getOptionalValue(key, String.class).orElse(null);
        List<Info> infos = new ArrayList<>();
        for (Scenario s : scenarios.values()) {
            List<String> code = new ArrayList<>();
            List<PolicyText.Layer> policy = new ArrayList<>();
            for (Method m : s.methods()) {
                code.addAll(PolicyText.written(m));
                code.add(m.getDeclaringClass().getSimpleName() + "." + m.getName() + "(...)");
                policy.addAll(PolicyText.inEffect(m, keys));
            }
            infos.add(new Info(s.id(), s.group(), s.title(), s.story(), s.knob(), s.n(), code, policy));
        }
        return infos;
    }

    public boolean exists(String id) {
        return scenarios.containsKey(id);
    }

    /** The largest {@code n} scenario {@code id} accepts. */
    public int most(String id) {
        return scenarios.get(id).most();
    }

    /** Runs scenario {@code id} once, with {@code n} or its default, and returns its timeline. */
    public Timeline.View run(String id, Integer n) {
        Scenario scenario = scenarios.get(id);
        Timeline timeline = timelines.start(id);
        try {
            Object result = scenario.body().run(timeline.run(), n == null ? scenario.n() : n);
            if (result instanceof Outcome outcome) {
                timelines.finish(timeline, outcome.outcome(), outcome.result());
            } else {
                timelines.finish(timeline, gaveUp(timeline) ? "gave up" : "success", String.valueOf(result));
            }
        } catch (Exception e) {
            Throwable cause = unwrap(e);
            timelines.finish(timeline, gaveUp(timeline) ? "gave up" : "failed", Timelines.describe(cause));
        }
        return timeline.view();
    }

    private static boolean gaveUp(Timeline timeline) {
        List<Timeline.Mark> marks = timeline.view().marks();
        return !marks.isEmpty() && marks.get(marks.size() - 1).kind().equals("giveup");
    }

    private static Throwable unwrap(Throwable e) {
        while ((e instanceof ExecutionException || e instanceof CompletionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
