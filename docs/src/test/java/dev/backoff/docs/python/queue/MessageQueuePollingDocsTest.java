package dev.backoff.docs.python.queue;

import dev.backoff.spi.VirtualTime;
import dev.backoff.testing.BackoffWeld;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@EnableWeld
class MessageQueuePollingDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(Consumer.class, MessageQueue.class);

    @Inject
    Consumer consumer;

    @Inject
    MessageQueue queue;

    @Inject
    VirtualTime time;

    @Test
    void pollsEveryTwoSecondsWithoutLimitUntilMessagesArrive() {
        List<Message> batch = List.of(new Message("order 1"));
        queue.script().thenAlwaysReturn(n -> n <= 500 ? List.of() : batch);

        assertThat(consumer.pollQueue("orders")).isSameAs(batch);
        assertThat(time.waits()).isEqualTo(Collections.nCopies(500, Duration.ofSeconds(2)));
    }
}
