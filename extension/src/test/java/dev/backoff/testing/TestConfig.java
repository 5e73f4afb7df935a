package dev.backoff.testing;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A config source tests write to: keys set with {@link #set} are seen by the next container started, above every
 * other source. {@link #clear()} in {@code @AfterEach}.
 */
public final class TestConfig implements ConfigSource {

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
        return "backoff-cdi tests";
    }

    @Override
    public int getOrdinal() {
        return 1000;
    }
}
