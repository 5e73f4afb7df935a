package dev.backoff.servers.app;

import dev.backoff.Backoff;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;

/**
 * What the checks call: each endpoint makes one call of a {@code @Backoff} method and answers what happened, as
 * properties ({@code attempts}, {@code elapsedMillis}, each attempt's thread and start, the outcome), measured here
 * in the server so that the HTTP round trip does not count.
 */
@RequestScoped
@Path("/checks")
@Produces(MediaType.TEXT_PLAIN)
public class ChecksResource {

    @Inject
    Retried retried;

    @Inject
    @RestClient
    FlakyClient flakyClient;

    @Inject
    FlakyResource flaky;

    /** Answers once the application is deployed: the runners wait for it before they check anything. */
    @GET
    @Path("/ready")
    public String ready() {
        return "ready";
    }

    @GET
    @Path("/sync")
    public String sync(@QueryParam("failures") int failures) {
        Attempts attempts = new Attempts(failures);
        String outcome = outcome(() -> retried.sync(attempts));
        return store(report(attempts, outcome));
    }

    /** Answers when the call's stage completes, so that the request thread is free while the retries wait. */
    @GET
    @Path("/async")
    public CompletionStage<String> async(@QueryParam("failures") int failures) {
        Properties report = new Properties();
        report.setProperty("requestThread", Thread.currentThread().getName());
        Attempts attempts = new Attempts(failures);
        return retried.async(attempts).handle((value, failure) -> {
            report.putAll(report(attempts, failure == null ? value : failure.toString()));
            return store(report);
        });
    }

    @GET
    @Path("/method-key")
    public String methodKey() throws NoSuchMethodException {
        Attempts attempts = new Attempts(Integer.MAX_VALUE);
        Properties report = report(attempts, outcome(() -> retried.methodKey(attempts)));
        report.setProperty("annotatedMaxTries", String.valueOf(
                Retried.class.getMethod("methodKey", Attempts.class).getAnnotation(Backoff.class).maxTries()));
        return store(report);
    }

    @GET
    @Path("/named-key")
    public String namedKey() throws NoSuchMethodException {
        Attempts attempts = new Attempts(Integer.MAX_VALUE);
        Properties report = report(attempts, outcome(() -> retried.namedKey(attempts)));
        report.setProperty("annotatedMaxTries", String.valueOf(
                Retried.class.getMethod("namedKey", Attempts.class).getAnnotation(Backoff.class).maxTries()));
        return store(report);
    }

    /** Calls {@link FlakyResource} through the REST client; {@code requests} is how many requests it received. */
    @GET
    @Path("/rest-client")
    public String restClient(@QueryParam("failures") int failures) {
        String id = UUID.randomUUID().toString();
        Properties report = new Properties();
        report.setProperty("outcome", outcome(() -> flakyClient.get(id, failures)));
        report.setProperty("requests", String.valueOf(flaky.requests(id)));
        return store(report);
    }

    private static Properties report(Attempts attempts, String outcome) {
        Properties report = new Properties();
        report.setProperty("outcome", outcome);
        report.setProperty("elapsedMillis", String.valueOf(attempts.millisSinceStart()));
        report.setProperty("attempts", String.valueOf(attempts.count()));
        for (int i = 0; i < attempts.count(); i++) {
            report.setProperty("attempt." + (i + 1) + ".thread", attempts.threads().get(i));
            report.setProperty("attempt." + (i + 1) + ".startedMillis",
                    String.valueOf(attempts.startedMillis().get(i)));
        }
        return report;
    }

    /** The call's value, or the exception that ended it. */
    private static String outcome(Callable<String> call) {
        try {
            return call.call();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static String store(Properties report) {
        StringWriter text = new StringWriter();
        try {
            report.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }
}
