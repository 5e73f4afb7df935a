package dev.backoff.demo.scenario;

import dev.backoff.Backoff;
import dev.backoff.BackoffListener;
import dev.backoff.demo.client.Upstream;
import dev.backoff.demo.upstream.UpstreamServices.Payload;
import dev.backoff.event.GiveupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;

/** The seed's "Error Handling" examples: give up quietly and fall back, or give up with an exception of one's own. */
@ApplicationScoped
public class ErrorHandlingExamples {

    @Inject
    @RestClient
    Upstream upstream;

    /** Graceful Degradation: {@code max_tries=3, raise_on_giveup=False}; the caller falls back to a cache. */
    @Backoff(name = "optional", on = {WebApplicationException.class, ProcessingException.class}, factor = 100,
            maxTries = 3, raiseOnGiveup = false, unit = ChronoUnit.MILLIS)
    public Payload optionalApiCall(String run, int failures) {
        return upstream.flaky(run, failures);
    }

    /** Custom Exception on Giveup: {@code on_giveup=raise_custom_error, max_tries=5, raise_on_giveup=False}. */
    @Backoff(name = "critical", listeners = RaiseCustomError.class, factor = 100, maxTries = 5,
            raiseOnGiveup = false, unit = ChronoUnit.MILLIS)
    public Payload criticalOperation(String run, int failures) {
        return upstream.flaky(run, failures);
    }

    /** {@code class RetryExhaustedError(Exception)}. */
    public static class RetryExhaustedError extends RuntimeException {
        public RetryExhaustedError(String message) {
            super(message);
        }
    }

    /** {@code raise_custom_error(details)}. */
    public static class RaiseCustomError implements BackoffListener {
        @Override
        public void onGiveup(GiveupEvent e) {
            throw new RetryExhaustedError("Failed after " + e.tries() + " attempts");
        }
    }
}
