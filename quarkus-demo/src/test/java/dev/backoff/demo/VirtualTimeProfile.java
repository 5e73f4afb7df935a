package dev.backoff.demo;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

// region profile
/**
 * Runs the application with the library's {@link dev.backoff.testing.VirtualTime}: no retry really waits, every wait is
 * recorded exactly, and the timelines' times are virtual (the sum of the waits before them).
 */
public class VirtualTimeProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.arc.selected-alternatives", "dev.backoff.testing.VirtualTime");
    }
}
// endregion
