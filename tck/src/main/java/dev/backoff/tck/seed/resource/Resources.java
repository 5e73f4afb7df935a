package dev.backoff.tck.seed.resource;

import dev.backoff.tck.seed.Script;
import jakarta.enterprise.context.ApplicationScoped;

/** Where resources are looked up: each lookup plays the next step of the script. */
@ApplicationScoped
public class Resources {

    private final Script<Resource, RuntimeException> script = new Script<>();

    public Script<Resource, RuntimeException> script() {
        return script;
    }

    public Resource getResource(String id) {
        return script.next();
    }
}
