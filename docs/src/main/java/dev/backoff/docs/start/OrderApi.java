package dev.backoff.docs.start;

import dev.backoff.tck.seed.Script;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;

/** The remote order service of the first example: each call plays the next step of its script. */
@ApplicationScoped
public class OrderApi {

    private final Script<Order, IOException> script = new Script<>();

    public Script<Order, IOException> script() {
        return script;
    }

    public Order get(String id) throws IOException {
        return script.next();
    }
}
