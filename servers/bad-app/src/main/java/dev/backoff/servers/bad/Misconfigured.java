package dev.backoff.servers.bad;

import dev.backoff.Backoff;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A bean whose annotations are valid and whose config is not: see META-INF/microprofile-config.properties. The
 * deployment must fail with both problems in one report.
 */
@ApplicationScoped
public class Misconfigured {

    @Backoff(maxTries = 3)
    public String fetch() {
        return "never called";
    }

    @Backoff(name = "misconfigured", maxTries = 3)
    public String store() {
        return "never called";
    }
}
