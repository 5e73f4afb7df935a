package dev.backoff.tck.seed.fakes;

import dev.backoff.tck.seed.Script;
import jakarta.enterprise.context.ApplicationScoped;

/** Some work that may fail, for the examples whose Python body is {@code pass}: each run plays the next step. */
@ApplicationScoped
public class Work {

    private final Script<Void, Exception> script = new Script<>();

    public Script<Void, Exception> script() {
        return script;
    }

    public void run() throws Exception {
        script.next();
    }

    public int runs() {
        return script.calls();
    }
}
