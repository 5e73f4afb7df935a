package dev.backoff.tck.seed;

import dev.backoff.event.SuccessEvent;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.seed.queue.Consumer;
import dev.backoff.tck.seed.queue.Message;
import dev.backoff.tck.seed.queue.MessageQueue;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import static dev.backoff.tck.seed.WaitAssertions.seconds;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed example "Message Queue Polling":
 * <pre>
 * &#64;backoff.on_predicate(backoff.constant, lambda messages: len(messages) == 0, interval=2, jitter=None)
 * def poll_queue(queue_name):
 *     return message_queue.receive(queue_name, max_messages=10)
 * </pre>
 * As {@link Consumer}, with {@link dev.backoff.tck.seed.queue.NoMessages}. No limit: it polls every 2 seconds,
 * exactly, until messages arrive.
 */
@Spec("seed: Message Queue Polling")
@Deploy({Consumer.class, MessageQueue.class, EventLog.class})
class MessageQueuePollingTest {

    @Inject
    Consumer consumer;

    @Inject
    MessageQueue queue;

    @Inject
    EventLog events;

    @Inject
    VirtualTime time;

    @Test
    void pollsEveryTwoSecondsUntilMessagesArrive() {
        List<Message> batch = List.of(new Message("order 1"), new Message("order 2"));
        queue.script().thenReturn(List.of()).thenReturn(List.of()).thenReturn(List.of()).thenReturn(List.of())
                .thenReturn(batch);

        assertThat(consumer.pollQueue("orders")).isSameAs(batch);

        assertThat(queue.receives()).isEqualTo(Collections.nCopies(5, "orders max 10"));
        assertThat(time.waits()).containsExactly(seconds(2), seconds(2), seconds(2), seconds(2));
    }

    @Test
    void hasNoLimitOfTriesOrTime() {
        List<Message> batch = List.of(new Message("late"));
        queue.script().thenAlwaysReturn(n -> n <= 1000 ? List.<Message>of() : batch);

        assertThat(consumer.pollQueue("orders")).isSameAs(batch);

        assertThat(queue.script().calls()).isEqualTo(1001);
        assertThat(time.waits()).isEqualTo(Collections.nCopies(1000, seconds(2)));
        assertThat(time.now()).isEqualTo(Duration.ofSeconds(2000));
        assertThat(events.giveups()).isEmpty();
    }

    @Test
    void everyPollStartsAfresh() {
        List<Message> first = List.of(new Message("a"));
        List<Message> second = List.of(new Message("b"));
        queue.script().thenReturn(List.of()).thenReturn(List.of()).thenReturn(first)
                .thenReturn(List.of()).thenReturn(second);

        assertThat(consumer.pollQueue("orders")).isSameAs(first);
        assertThat(consumer.pollQueue("orders")).isSameAs(second);

        assertThat(time.waits()).containsExactly(seconds(2), seconds(2), seconds(2));
        assertThat(events.successes()).extracting(SuccessEvent::tries).containsExactly(3, 2);
        assertThat(events.successes()).extracting(SuccessEvent::elapsed).containsExactly(seconds(4), seconds(2));
    }
}
