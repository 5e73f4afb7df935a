package dev.backoff.demo.scenario;

import dev.backoff.Backoff;
import dev.backoff.demo.client.Upstream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The seed's "Cloud Services" examples against the demo's throttling store: its error answers carry a code, like
 * AWS's, which {@link StoreError} exposes as botocore's {@code ClientError} does.
 */
@ApplicationScoped
public class CloudExamples {

    @Inject
    @RestClient
    Upstream upstream;

    /**
     * AWS S3 Operations: {@code @backoff.on_exception(backoff.expo, ClientError, giveup=lambda e: not
     * is_throttled(e), max_tries=5)}.
     */
    @Backoff(name = "upload", on = StoreError.class, giveup = NotThrottled.class, factor = 100, maxTries = 5,
            unit = ChronoUnit.MILLIS)
    public String uploadToStore(String run, String key, int throttled, String code) {
        return put(run, key, throttled, code, 503, "{\"data\":\"hello\"}");
    }

    /**
     * DynamoDB with Exponential Backoff: {@code @backoff.on_exception(backoff.expo, ClientError, giveup=lambda e:
     * e.response['Error']['Code'] != 'ProvisionedThroughputExceededException', max_time=30)}.
     */
    @Backoff(name = "put-item", on = StoreError.class, giveup = NotThroughputExceeded.class, factor = 100,
            maxTime = 30_000, unit = ChronoUnit.MILLIS)
    public String writeItem(String run, String key, int throttled) {
        return put(run, key, throttled, "ProvisionedThroughputExceededException", 400, "{\"item\":\"" + key + "\"}");
    }

    private String put(String run, String key, int throttled, String code, int status, String body) {
        try {
            return upstream.put(run, key, throttled, code, status, body);
        } catch (WebApplicationException e) {
            throw StoreError.of(e);
        }
    }

    /** An error answer of the store, with its code: {@code e.response['Error']['Code']}. */
    public static class StoreError extends RuntimeException {
        private final String code;

        StoreError(String code, String message) {
            super(message);
            this.code = code;
        }

        static StoreError of(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String code = "Unknown";
            try {
                Object body = e.getResponse().readEntity(Map.class).get("code");
                code = body == null ? code : body.toString();
            } catch (RuntimeException unreadable) {
                // keep Unknown
            }
            return new StoreError(code, "HTTP " + status + " " + code);
        }

        public String code() {
            return code;
        }
    }

    /** {@code not is_throttled(e)}: S3's throttling codes are SlowDown and RequestLimitExceeded. */
    public static class NotThrottled implements Predicate<Throwable> {
        @Override
        public boolean test(Throwable e) {
            return !(e instanceof StoreError error
                    && (error.code().equals("SlowDown") || error.code().equals("RequestLimitExceeded")));
        }
    }

    /** {@code e.response['Error']['Code'] != 'ProvisionedThroughputExceededException'}. */
    public static class NotThroughputExceeded implements Predicate<Throwable> {
        @Override
        public boolean test(Throwable e) {
            return !(e instanceof StoreError error && error.code().equals("ProvisionedThroughputExceededException"));
        }
    }
}
