package dev.backoff.tck.seed.queue;

import java.util.List;
import java.util.function.Predicate;

// region example
public class NoMessages implements Predicate<List<Message>> {
    @Override
    public boolean test(List<Message> messages) {
        return messages.isEmpty();
    }
}
// endregion
