package dev.backoff.servers.app;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The {@code @Backoff} methods the checks call. Constant waits without jitter, so that the least time a call can
 * take is known: {@code (tries - 1) * interval}.
 */
@ApplicationScoped
public class Retried {

    /** Names the policy of {@link #namedKey}: its keys are {@code Backoff/override/<member>}. */
    public static final String NAME = "override";

    @Backoff(maxTries = 5, strategy = Wait.CONSTANT, interval = 50, unit = ChronoUnit.MILLIS, jitter = Jitter.NONE)
    public String sync(Attempts attempts) throws IOException {
        attempts.attempt();
        return "ok";
    }

    @Backoff(maxTries = 4, strategy = Wait.CONSTANT, interval = 100, unit = ChronoUnit.MILLIS, jitter = Jitter.NONE)
    public CompletionStage<String> async(Attempts attempts) {
        try {
            attempts.attempt();
            return CompletableFuture.completedFuture("ok");
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e); // an asynchronous failure, as a real client's would be
        }
    }

    /** Its {@code maxTries} is overridden by an environment variable for its method key. */
    @Backoff(maxTries = 5, strategy = Wait.CONSTANT, interval = 1, unit = ChronoUnit.MILLIS, jitter = Jitter.NONE)
    public String methodKey(Attempts attempts) throws IOException {
        attempts.attempt();
        return "ok";
    }

    /** Its {@code maxTries} is overridden by an environment variable for its policy's name. */
    @Backoff(name = NAME, maxTries = 5, strategy = Wait.CONSTANT, interval = 1, unit = ChronoUnit.MILLIS,
            jitter = Jitter.NONE)
    public String namedKey(Attempts attempts) throws IOException {
        attempts.attempt();
        return "ok";
    }
}
