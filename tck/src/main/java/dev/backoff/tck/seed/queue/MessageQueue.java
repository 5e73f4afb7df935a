package dev.backoff.tck.seed.queue;

import dev.backoff.tck.seed.Script;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The broker: each receive plays the next step of the script, and is recorded. */
@ApplicationScoped
public class MessageQueue {

    private final Script<List<Message>, RuntimeException> script = new Script<>();
    private final List<String> receives = new CopyOnWriteArrayList<>();

    public Script<List<Message>, RuntimeException> script() {
        return script;
    }

    /** Each receive so far, as {@code "<queue> max <maxMessages>"}. */
    public List<String> receives() {
        return List.copyOf(receives);
    }

    public List<Message> receive(String queueName, int maxMessages) {
        receives.add(queueName + " max " + maxMessages);
        return script.next();
    }
}
