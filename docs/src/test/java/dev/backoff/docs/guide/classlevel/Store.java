package dev.backoff.docs.guide.classlevel;

import dev.backoff.tck.seed.Script;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;

/** The store behind the inventory: every operation plays the next step of one script. */
@ApplicationScoped
public class Store {

    private final Script<Integer, IOException> script = new Script<>();

    public Script<Integer, IOException> script() {
        return script;
    }

    public int count(String item) throws IOException {
        return script.next();
    }

    public void reserve(String item, int quantity) throws IOException {
        script.next();
    }

    public void audit() throws IOException {
        script.next();
    }
}
