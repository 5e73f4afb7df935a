package dev.backoff.docs.guide.classlevel;

import dev.backoff.Backoff;
import dev.backoff.Wait;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;

// region example
@ApplicationScoped
@Backoff(on = IOException.class, maxTries = 3)
public class InventoryClient {

    @Inject
    Store store;

    public int count(String item) throws IOException {
        return store.count(item);
    }

    public void reserve(String item, int quantity) throws IOException {
        store.reserve(item, quantity);
    }

    @Backoff(on = IOException.class, strategy = Wait.CONSTANT, interval = 10, maxTries = 2)
    public void audit() throws IOException {
        store.audit();
    }
}
// endregion
