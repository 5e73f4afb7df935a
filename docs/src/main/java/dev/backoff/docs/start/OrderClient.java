package dev.backoff.docs.start;

import dev.backoff.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;

// region client
@ApplicationScoped
public class OrderClient {

    @Inject
    OrderApi api;

    @Backoff(on = IOException.class, maxTime = 60)
    public Order fetch(String id) throws IOException {
        return api.get(id);
    }
}
// endregion
