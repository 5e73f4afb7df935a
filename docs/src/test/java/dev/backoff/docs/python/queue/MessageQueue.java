package dev.backoff.docs.python.queue;

import dev.backoff.tck.seed.Script;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The broker: each receive plays the next step of the script. */
@ApplicationScoped
public class MessageQueue {

    private final Script<List<Message>, RuntimeException> script = new Script<>();

    public Script<List<Message>, RuntimeException> script() {
        return script;
    }

    public List<Message> receive(String queueName, int maxMessages) {
        return script.next();
    }
}
