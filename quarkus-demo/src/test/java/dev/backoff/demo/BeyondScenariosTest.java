package dev.backoff.demo;

import dev.backoff.demo.timeline.Timeline;
import dev.backoff.testing.VirtualTime;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.backoff.demo.Runs.assertLane;
import static dev.backoff.demo.Runs.lane;
import static dev.backoff.demo.Runs.run;
import static dev.backoff.demo.Runs.upstreamCalls;
import static dev.backoff.demo.Runs.waits;
import static org.assertj.core.api.Assertions.assertThat;

/** The scenarios of what Python's backoff cannot do: waits the server asks for, and a retry budget. */
@QuarkusTest
@TestProfile(VirtualTimeProfile.class)
class BeyondScenariosTest {

    @Inject
    VirtualTime time;

    @Test
    void eachWaitAfterA429IsWhatItsRetryAfterSaysPlusAtMostTenPercent() {
        Timeline.View view = run("server-directed", 2);
        assertThat(view.outcome()).isEqualTo("success");
        assertThat(view.result()).contains("rate-limited data");
        assertLane(view, "server-directed", 3, "success");
        // the policy's own waits would be at most 100 and 200 ms; Retry-After: 1 replaces them
        assertThat(waits(view, "server-directed")).hasSize(2).allSatisfy(w -> assertThat(w).isBetween(1000.0, 1100.0));
        assertThat(lane(view, "server-directed")).extracting(Timeline.Mark::note)
                .containsExactly("Retry-After", "Retry-After", "");
        assertThat(upstreamCalls("limited", view.run())).isEqualTo(3);
    }

    @Test
    void anEmptyBudgetStopsTheCallersRetriesAndEachGetsItsOwn503() {
        // every earlier run's calls and retries out of the budget's 10 s window: it starts full
        time.advance(Duration.ofSeconds(30));
        int callers = 20;
        Timeline.View view = run("outage", callers);

        assertThat(view.outcome()).isEqualTo("gave up");
        Map<String, List<Timeline.Mark>> lanes = view.marks().stream()
                .collect(Collectors.groupingBy(Timeline.Mark::layer));
        assertThat(lanes).hasSize(callers);
        long retries = view.marks().stream().filter(m -> m.kind().equals("backoff")).count();
        // the floor (1 a second over 10 s) is always there; 20% of the 20 calls at most adds 4 (SPEC 10.2)
        assertThat(retries).isBetween(10L, 14L);
        long refused = 0;
        for (List<Timeline.Mark> marks : lanes.values()) {
            Timeline.Mark last = marks.get(marks.size() - 1);
            assertThat(marks.get(0).tries()).isEqualTo(1); // a first attempt is never refused
            assertThat(last.kind()).isEqualTo("giveup");
            assertThat(last.detail()).contains("503");
            if (last.note().equals("BUDGET_EXHAUSTED")) {
                refused++;
                assertThat(last.tries()).isLessThan(5);
            } else {
                assertThat(last.note()).isEqualTo("MAX_TRIES");
                assertThat(last.tries()).isEqualTo(5);
            }
        }
        // 80 retries wanted, at most 14 made: at most 3 callers got all theirs
        assertThat(refused).isGreaterThanOrEqualTo(callers - 3);
        assertThat(view.result()).isEqualTo(refused + " of " + callers + " callers stopped by the empty budget");
        assertThat(view.log()).singleElement().asString()
                .startsWith("backoff.budget.exhausted{budget=outage} = ");
        assertThat(view.marks()).hasSize(callers + (int) retries);
    }
}
