package dev.backoff.internal.engine;

import dev.backoff.Jitter;
import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;
import dev.backoff.event.SuccessEvent;
import dev.backoff.internal.policy.Policy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.backoff.internal.policy.Members.JITTER;
import static dev.backoff.internal.policy.Members.MAX_TIME;
import static dev.backoff.internal.policy.Members.MAX_TRIES;
import static dev.backoff.internal.policy.Members.NAME;
import static dev.backoff.internal.engine.Harness.durations;
import static dev.backoff.internal.engine.Harness.seconds;
import static dev.backoff.internal.engine.Policies.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What listeners and observers hear, in which order, with which details (SPEC 2.6, 2.7, 4.1, 4.2; reference 9). */
class SyncRetryEventsTest {

    private final Journal journal = new Journal();
    private final Harness harness = new Harness(journal.observers());

    @Test
    void listenersHearEachEventInDeclaredOrderThenObservers() throws Exception {
        Policy policy = policy().listeners(journal.listener("first"), journal.listener("second")).build();

        harness.call(policy, Scripted.failingThenReturning(1, "ok"));

        assertThat(journal.lines()).containsExactly("first:backoff", "second:backoff", "observer:backoff",
                "first:success", "second:success", "observer:success");
    }

    @Test
    void giveupIsHeardOnceInDeclaredOrderThenObservers() {
        Policy policy = policy().set(MAX_TRIES, 2).listeners(journal.listener("first"), journal.listener("second")).build();

        harness.failure(policy, Scripted.failing(2));

        assertThat(journal.lines()).containsExactly("first:backoff", "second:backoff", "observer:backoff",
                "first:giveup", "second:giveup", "observer:giveup");
    }

    @Test
    void backoffEventsCarryTheFailedTryItsStartTimeTheWaitAndTheException() throws Exception {
        Scripted script = Scripted.failingThenReturning(2, "ok").taking(harness.time, Duration.ofMillis(500));

        harness.call(policy().listeners(journal.listener("l")).build(), script);

        List<BackoffEvent> backoffs = journal.events("l", BackoffEvent.class);
        assertThat(backoffs).extracting(BackoffEvent::tries).containsExactly(1, 2);
        assertThat(backoffs).extracting(BackoffEvent::elapsed).isEqualTo(durations(0, 1.5));
        assertThat(backoffs).extracting(BackoffEvent::waitTime).isEqualTo(durations(1, 2));
        assertThat(backoffs).extracting(BackoffEvent::exception).containsExactly(script.thrown(1), script.thrown(2));
        assertThat(backoffs).extracting(BackoffEvent::value).containsOnlyNulls();
    }

    @Test
    void successEventCarriesTheTriesTheStartOfTheSuccessfulTryAndTheValue() throws Exception {
        Scripted script = Scripted.failingThenReturning(2, "ok").taking(harness.time, Duration.ofMillis(500));

        harness.call(policy().listeners(journal.listener("l")).build(), script);

        // the third try starts at 0.5 + 1 + 0.5 + 2 = 4 s; its own 0.5 s is not counted (reference 10.5)
        assertThat(journal.events("l", SuccessEvent.class)).singleElement().satisfies(e -> {
            assertThat(e.tries()).isEqualTo(3);
            assertThat(e.elapsed()).isEqualTo(seconds(4));
            assertThat(e.value()).isEqualTo("ok");
            assertThat(e.exception()).isNull();
        });
    }

    @Test
    void giveupEventCarriesTheLastTryAndItsException() {
        Scripted script = Scripted.failing(3).taking(harness.time, Duration.ofMillis(500));

        harness.failure(policy().set(MAX_TRIES, 3).listeners(journal.listener("l")).build(), script);

        assertThat(journal.events("l", GiveupEvent.class)).singleElement().satisfies(e -> {
            assertThat(e.tries()).isEqualTo(3);
            assertThat(e.elapsed()).isEqualTo(seconds(4));
            assertThat(e.exception()).isSameAs(script.outcome(3));
            assertThat(e.value()).isNull();
        });
    }

    @Test
    void valueFailureEventsCarryTheValueAndNoException() throws Exception {
        Scripted script = Scripted.of("busy 1", "busy 2");

        harness.call(policy().set(MAX_TRIES, 2).retryIf(v -> ((String) v).startsWith("busy"))
                .listeners(journal.listener("l")).build(), script);

        assertThat(journal.events("l", BackoffEvent.class)).singleElement().satisfies(e -> {
            assertThat(e.value()).isEqualTo("busy 1");
            assertThat(e.exception()).isNull();
        });
        assertThat(journal.events("l", GiveupEvent.class)).singleElement().satisfies(e -> {
            assertThat(e.value()).isEqualTo("busy 2");
            assertThat(e.exception()).isNull();
        });
    }

    @Test
    void waitTimeIsTheWaitAfterMaxTimeTruncation() {
        Scripted script = Scripted.failing(5).taking(harness.time, Duration.ofMillis(500));

        harness.failure(policy().time(MAX_TIME, 10).listeners(journal.listener("l")).build(), script);

        assertThat(journal.events("l", BackoffEvent.class)).extracting(BackoffEvent::waitTime)
                .isEqualTo(durations(1, 2, 4, 1.5));
    }

    @Test
    void waitTimeIsTheWaitAfterJitterAndIsTheOneSlept() throws Exception {
        harness.call(policy().set(JITTER, Jitter.FULL).listeners(journal.listener("l")).build(),
                Scripted.failingThenReturning(4, "ok"));

        List<Duration> heard = journal.events("l", BackoffEvent.class).stream().map(BackoffEvent::waitTime).toList();
        assertThat(heard).isEqualTo(harness.time.waits());
        List<Duration> ceilings = durations(1, 2, 4, 8);
        for (int i = 0; i < heard.size(); i++) {
            assertThat(heard.get(i)).isBetween(Duration.ZERO, ceilings.get(i));
        }
    }

    @Test
    void eventsNameThePolicyTheMethodAndTheArguments() throws Exception {
        Scripted script = Scripted.of("ok").withArgs("id-7", null, 3);

        harness.call(policy().set(NAME, "payments").listeners(journal.listener("l")).build(), script);

        SuccessEvent event = journal.events("l", SuccessEvent.class).get(0);
        assertThat(event.name()).isEqualTo("payments");
        assertThat(event.beanClass()).isEqualTo(Policies.Api.class);
        assertThat(event.method()).isEqualTo(Policies.method("fetch"));
        assertThat(event.args()).containsExactly("id-7", null, 3);
        assertThatThrownBy(() -> event.args().set(0, "changed")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void observersGetOnlyTheKindsTheyHear() throws Exception {
        Journal backoffsOnly = new Journal();
        Harness observed = new Harness(backoffsOnly.observers(Observers.Kind.BACKOFF));

        observed.call(policy().build(), Scripted.failingThenReturning(2, "ok"));
        observed.failure(policy().set(MAX_TRIES, 1).build(), Scripted.failing(1));

        assertThat(backoffsOnly.lines()).containsExactly("observer:backoff", "observer:backoff");
    }
}
