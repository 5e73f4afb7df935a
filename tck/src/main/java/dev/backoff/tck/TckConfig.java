package dev.backoff.tck;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The TCK's config source: keys set with {@link #set} are seen by the next container started, above every other
 * source. The TCK clears it after every test.
 */
public final class TckConfig implements ConfigSource {

    private static final Map<String, String> VALUES = new ConcurrentHashMap<>();

    public static void set(String key, String value) {
        VALUES.put(key, value);
    }

    public static void clear() {
        VALUES.clear();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.copyOf(VALUES);
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.copyOf(VALUES.keySet());
    }

    @Override
    public String getValue(String key) {
        return VALUES.get(key);
    }

    @Override
    public String getName() {
        return "backoff-cdi TCK";
    }

    @Override
    public int getOrdinal() {
        return 1000;
    }
}
