package dev.backoff.tck.seed.queue;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.Wait;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

// region example
@ApplicationScoped
public class Consumer {

    @Inject
    MessageQueue messageQueue;

    @Backoff(retryIf = NoMessages.class, strategy = Wait.CONSTANT, interval = 2, jitter = Jitter.NONE)
    public List<Message> pollQueue(String queueName) {
        return messageQueue.receive(queueName, 10);
    }
}
// endregion
