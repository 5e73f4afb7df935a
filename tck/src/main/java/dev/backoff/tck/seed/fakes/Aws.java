package dev.backoff.tck.seed.fakes;

import dev.backoff.tck.seed.Script;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * S3 and DynamoDB in one fake: every write plays the next step of {@link #script()} (succeed, or throw an
 * {@link AwsError}), and a write that succeeds is stored.
 */
@ApplicationScoped
public class Aws {

    private final Script<Void, AwsError> script = new Script<>();
    private final Map<String, Object> stored = new ConcurrentHashMap<>();

    public Script<Void, AwsError> script() {
        return script;
    }

    /** What was written, by {@code bucket/key} or table name. */
    public Map<String, Object> stored() {
        return Map.copyOf(stored);
    }

    public int requests() {
        return script.calls();
    }

    public void putObject(String bucket, String key, byte[] body) {
        script.next();
        stored.put(bucket + "/" + key, body);
    }

    public void putItem(String table, Map<String, Object> item) {
        script.next();
        stored.put(table, item);
    }
}
