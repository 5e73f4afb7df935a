package dev.backoff.tck.events;

import dev.backoff.Backoff;
import dev.backoff.BackoffListener;
import dev.backoff.Jitter;
import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.SuccessEvent;
import dev.backoff.testing.VirtualTime;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.support.LogCapture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SPEC 4: events go to the listeners, then to CDI observers, on the calling thread; and the log lines. */
@Spec({"4.1", "4.2", "4.3"})
@Deploy({EventsTest.Api.class, EventsTest.Observer.class})
class EventsTest {

    static final List<String> HEARD = new CopyOnWriteArrayList<>();

    @Inject
    Api api;

    @Inject
    VirtualTime time;

    @Test
    @Spec({"2.6", "4.2"})
    void listenersHearEachEventBeforeObserversOnTheCallingThread() throws IOException {
        HEARD.clear();
        api.failFirst(2);

        assertThat(api.fetch("order-7")).isEqualTo("ok");

        String thread = Thread.currentThread().getName();
        assertThat(HEARD).containsExactly(
                "first:backoff 1", "second:backoff 1", "observer:backoff 1 " + thread,
                "first:backoff 2", "second:backoff 2", "observer:backoff 2 " + thread,
                "first:success 3", "second:success 3", "observer:success 3 " + thread);
    }

    @Test
    @Spec("4.1")
    void eventsCarryTheCallAndTheWaitReallyTaken() throws IOException {
        Observer.EVENTS.clear();
        api.failFirst(2);

        api.fetch("order-7");

        BackoffEvent first = (BackoffEvent) Observer.EVENTS.get(0);
        assertThat(first.name()).isEqualTo("orders");
        assertThat(first.beanClass()).isEqualTo(Api.class);
        assertThat(first.method().getName()).isEqualTo("fetch");
        assertThat(first.args()).containsExactly("order-7");
        assertThat(first.tries()).isEqualTo(1);
        assertThat(first.elapsed()).isEqualTo(Duration.ZERO);
        assertThat(first.exception()).isInstanceOf(IOException.class).hasMessage("failure 1");
        assertThat(first.value()).isNull();
        assertThat(first.waitTime()).isEqualTo(Duration.ofSeconds(1));
        SuccessEvent success = (SuccessEvent) Observer.EVENTS.get(2);
        assertThat(success.tries()).isEqualTo(3);
        assertThat(success.elapsed()).as("1 s + 2 s of waits before try 3").isEqualTo(Duration.ofSeconds(3));
        assertThat(success.value()).isEqualTo("ok");
        assertThat(success.exception()).isNull();
        assertThatThrownBy(() -> success.args().add("more")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @Spec({"2.7", "4.1"})
    void aGiveUpEventCarriesTheLastException() {
        Observer.EVENTS.clear();
        api.failFirst(10);

        assertThatThrownBy(() -> api.fetch("order-8")).hasMessage("failure 3");

        GiveupEvent giveup = (GiveupEvent) Observer.EVENTS.get(2);
        assertThat(giveup.tries()).isEqualTo(3);
        assertThat(giveup.exception()).hasMessage("failure 3");
        assertThat(giveup.elapsed()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    @Spec("4.3")
    void theLogSaysWhatIsRetriedWithThePolicyNameForHowLongAndWhy() {
        api.failFirst(10);
        try (LogCapture log = new LogCapture()) {
            assertThatThrownBy(() -> api.fetch("order-9")).isInstanceOf(IOException.class);

            assertThat(log.messages(Level.INFO)).containsExactly(
                    "Backing off " + Api.class.getName() + ".fetch(...) [orders] for 1.0s (java.io.IOException: failure 1)",
                    "Backing off " + Api.class.getName() + ".fetch(...) [orders] for 2.0s (java.io.IOException: failure 2)");
            assertThat(log.messages(Level.WARNING)).containsExactly(
                    "Giving up " + Api.class.getName() + ".fetch(...) [orders] after 3 tries"
                            + " (java.io.IOException: failure 3), reason MAX_TRIES");
        }
    }

    @ApplicationScoped
    public static class Api {
        private int calls;
        private int failures;

        void failFirst(int n) {
            failures = n;
            calls = 0;
        }

        @Backoff(name = "orders", on = IOException.class, maxTries = 3, jitter = Jitter.NONE,
                listeners = {First.class, Second.class})
        public String fetch(String id) throws IOException {
            calls++;
            if (calls <= failures) {
                throw new IOException("failure " + calls);
            }
            return "ok";
        }
    }

    public static class First implements BackoffListener {
        @Override
        public void onBackoff(BackoffEvent event) {
            HEARD.add("first:backoff " + event.tries());
        }

        @Override
        public void onSuccess(SuccessEvent event) {
            HEARD.add("first:success " + event.tries());
        }
    }

    public static class Second implements BackoffListener {
        @Override
        public void onBackoff(BackoffEvent event) {
            HEARD.add("second:backoff " + event.tries());
        }

        @Override
        public void onSuccess(SuccessEvent event) {
            HEARD.add("second:success " + event.tries());
        }
    }

    @ApplicationScoped
    public static class Observer {
        static final List<Object> EVENTS = new CopyOnWriteArrayList<>();

        void backoff(@Observes BackoffEvent event) {
            EVENTS.add(event);
            HEARD.add("observer:backoff " + event.tries() + " " + Thread.currentThread().getName());
        }

        void giveup(@Observes GiveupEvent event) {
            EVENTS.add(event);
        }

        void success(@Observes SuccessEvent event) {
            EVENTS.add(event);
            HEARD.add("observer:success " + event.tries() + " " + Thread.currentThread().getName());
        }
    }
}
