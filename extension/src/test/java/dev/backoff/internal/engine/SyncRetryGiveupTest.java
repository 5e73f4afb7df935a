package dev.backoff.internal.engine;

import dev.backoff.event.GiveupEvent;
import dev.backoff.internal.policy.Policy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.backoff.internal.policy.Members.MAX_TRIES;
import static dev.backoff.internal.policy.Members.RAISE_ON_GIVEUP;
import static dev.backoff.internal.engine.Harness.durations;
import static dev.backoff.internal.engine.Policies.policy;
import static org.assertj.core.api.Assertions.assertThat;

/** When a call gives up, and what it returns or throws then (SPEC 2.4, 2.7; reference 8). */
class SyncRetryGiveupTest {

    private final Harness harness = new Harness();
    private final Journal journal = new Journal();

    @Test
    void giveupPredicateIsAskedBeforeMaxTriesOnEveryExceptionTheLastOneToo() {
        List<Object> asked = new ArrayList<>();
        Scripted script = Scripted.failing(3);

        harness.failure(policy().set(MAX_TRIES, 3).giveup(e -> asked.add(e) && false).build(), script);

        assertThat(asked).containsExactly(script.outcome(1), script.outcome(2), script.outcome(3));
    }

    @Test
    void giveupPredicateTrueGivesUpAtOnceWithAGiveupEvent() {
        Scripted script = Scripted.failing(3);

        Throwable thrown = harness.failure(policy().giveup(e -> true).listeners(journal.listener("l")).build(),
                script);

        assertThat(thrown).isSameAs(script.outcome(1));
        assertThat(script.attempts()).isEqualTo(1);
        assertThat(journal.lines()).containsExactly("l:giveup");
        assertThat(harness.time.waits()).isEmpty();
    }

    @Test
    void giveupPredicateIsNotAskedForValueFailures() throws Exception {
        Scripted script = Scripted.of("", "");
        Policy policy = policy().set(MAX_TRIES, 2).retryIf(v -> "".equals(v)).giveup(e -> {
            throw new AssertionError("asked about " + e);
        }).build();

        assertThat(harness.call(policy, script)).isEqualTo("");
        assertThat(script.attempts()).isEqualTo(2);
    }

    @Test
    void aValueFailureGivesUpReturningTheLastValue() throws Exception {
        List<String> last = new ArrayList<>();
        Scripted script = Scripted.of(new ArrayList<String>(), new ArrayList<String>(), last);

        Object value = harness.call(policy().set(MAX_TRIES, 3).retryIf(v -> ((List<?>) v).isEmpty()).build(), script);

        assertThat(value).isSameAs(last);
    }

    @Test
    void raiseOnGiveupFalseReturnsNullForAnExceptionGiveup() throws Exception {
        Scripted script = Scripted.failing(2);

        assertThat(harness.call(policy().set(MAX_TRIES, 2).set(RAISE_ON_GIVEUP, false).build(), script)).isNull();
        assertThat(script.attempts()).isEqualTo(2);
    }

    @Test
    void raiseOnGiveupFalseReturnsThePrimitiveZeroTheReaderChose() throws Exception {
        assertThat(harness.call(policy("count").set(MAX_TRIES, 1).set(RAISE_ON_GIVEUP, false).build(), Scripted.failing(1))).isEqualTo(0);
        assertThat(harness.call(policy("ready").set(MAX_TRIES, 1).set(RAISE_ON_GIVEUP, false).build(), Scripted.failing(1)))
                .isEqualTo(false);
        assertThat(harness.call(policy("grade").set(MAX_TRIES, 1).set(RAISE_ON_GIVEUP, false).build(), Scripted.failing(1)))
                .isEqualTo('\0');
    }

    @Test
    void raiseOnGiveupFalseDoesNotChangeWhatAValueFailureReturns() throws Exception {
        Scripted script = Scripted.of("busy", "still busy");

        Object value = harness.call(policy().set(MAX_TRIES, 2).retryIf(v -> ((String) v).contains("busy"))
                .set(RAISE_ON_GIVEUP, false).build(), script);

        assertThat(value).isEqualTo("still busy");
    }

    @Test
    void anExhaustedConstantListGivesUpWithTheLastException() {
        Scripted script = Scripted.failing(3);

        Throwable thrown = harness.failure(policy().constant(1, 2).listeners(journal.listener("l")).build(), script);

        assertThat(thrown).isSameAs(script.outcome(3));
        assertThat(harness.time.waits()).isEqualTo(durations(1, 2));
        assertThat(journal.events("l", GiveupEvent.class)).singleElement()
                .satisfies(e -> assertThat(e.tries()).isEqualTo(3))
                .satisfies(e -> assertThat(e.exception()).isSameAs(script.outcome(3)));
    }

    @Test
    void anExhaustedConstantListHonoursRaiseOnGiveupFalse() throws Exception {
        // SPEC 2.4/2.7 make no exception for a used-up sequence (Python always raises there, reference 8.4)
        Scripted script = Scripted.failing(3);

        assertThat(harness.call(policy().constant(1, 2).set(RAISE_ON_GIVEUP, false).build(), script)).isNull();
        assertThat(script.attempts()).isEqualTo(3);
    }

    @Test
    void anExhaustedConstantListReturnsTheLastValueOfAValueFailure() throws Exception {
        Scripted script = Scripted.of("busy 1", "busy 2", "busy 3");

        Object value = harness.call(policy().constant(4, 0.5).retryIf(v -> ((String) v).startsWith("busy")).build(),
                script);

        assertThat(value).isEqualTo("busy 3");
        assertThat(harness.time.waits()).isEqualTo(durations(4, 0.5));
    }

    @Test
    void waitFromReturningNullGivesUp() {
        Scripted script = Scripted.failing(3);
        List<Object> asked = new ArrayList<>();

        Throwable thrown = harness.failure(policy().waitFrom(outcome -> {
            asked.add(outcome);
            return asked.size() == 1 ? Duration.ofSeconds(3) : null;
        }).listeners(journal.listener("l")).build(), script);

        assertThat(thrown).isSameAs(script.outcome(2));
        assertThat(harness.time.waits()).isEqualTo(durations(3));
        assertThat(journal.lines()).containsExactly("l:backoff", "l:giveup");
    }
}
