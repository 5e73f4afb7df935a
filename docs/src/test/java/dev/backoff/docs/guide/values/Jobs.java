package dev.backoff.docs.guide.values;

import dev.backoff.tck.seed.Script;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** A job service and a message broker in one fake: each call plays the next step of its script. */
@ApplicationScoped
public class Jobs {

    private final Script<Job, RuntimeException> jobs = new Script<>();
    private final Script<List<String>, RuntimeException> messages = new Script<>();

    public Script<Job, RuntimeException> jobs() {
        return jobs;
    }

    public Script<List<String>, RuntimeException> messages() {
        return messages;
    }

    public Job get(String id) {
        return jobs.next();
    }

    public List<String> poll(String queue) {
        return messages.next();
    }
}
