package dev.backoff.tck.config;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.Wait;

import java.io.IOException;

/** The bean whose keys tck/runner/pom.xml sets as environment variables of the test JVM. */
public class EnvApi extends Failing {

    /** {@code DEV_BACKOFF_TCK_CONFIG_ENVAPI_FETCH_BACKOFF_MAXTRIES=3}. */
    @Backoff(maxTries = 10, jitter = Jitter.NONE)
    public String fetch() throws IOException {
        throw failure();
    }

    /** {@code BACKOFF_ENVPOLICY_MAXTRIES=2}, {@code BACKOFF_ENVPOLICY_INTERVAL=250ms}. */
    @Backoff(name = "envpolicy", strategy = Wait.CONSTANT, interval = 5, maxTries = 10, jitter = Jitter.NONE)
    public String charge() throws IOException {
        throw failure();
    }
}
