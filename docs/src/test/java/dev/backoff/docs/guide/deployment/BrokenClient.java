package dev.backoff.docs.guide.deployment;

import dev.backoff.Backoff;
import dev.backoff.Falsy;
import dev.backoff.Wait;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.Future;

// region example
@ApplicationScoped
public class BrokenClient {

    @Backoff(maxTries = -1)
    public String fetch(String id) {
        return id;
    }

    @Backoff(strategy = Wait.RUNTIME)
    public String poll(String id) {
        return id;
    }

    @Backoff(retryIf = Falsy.class)
    public void send(String message) {
    }

    @Backoff
    public Future<String> submit(String job) {
        return null;
    }

    @Backoff
    private String secret() {
        return "";
    }
}
// endregion
