package dev.backoff.docs.guide.limits;

import dev.backoff.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;

@ApplicationScoped
public class Health {

    @Inject
    Network network;

    // region example
    @Backoff(on = IOException.class, maxTries = 3, raiseOnGiveup = false)
    public boolean ping(String host) throws IOException {
        return network.ping(host);
    }
    // endregion
}
