package dev.backoff.docs.guide.limits;

import dev.backoff.tck.seed.Script;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;

/** The network of the examples: each ping plays the next step of the script. */
@ApplicationScoped
public class Network {

    private final Script<Boolean, IOException> script = new Script<>();

    public Script<Boolean, IOException> script() {
        return script;
    }

    public boolean ping(String host) throws IOException {
        return script.next();
    }
}
