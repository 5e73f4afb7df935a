package dev.backoff.internal.engine;

import dev.backoff.spi.BudgetSettings;
import dev.backoff.testing.VirtualTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For random settings and random traffic of one thread on virtual time, at every withdrawal: one that is allowed keeps
 * the retries of every interval of the window's length within {@code minPerSecond × window + ratio × calls started in
 * it}; one that is refused finds the budget spent, counting withdrawals up to a slot further back than the window and
 * deposits a slot less far back, less the deposits a sampled clock read may notice late (at most 63 on one thread).
 */
class SlidingWindowBudgetPropertiesTest {

    /** One step of traffic: the clock moves on by {@code advance} millionths of the window, then the calls come. */
    record Step(int advance, int deposits, int withdrawals) {
    }

    /** What happened at one instant, for the intervals that end later. */
    private record Moment(long at, long deposits, long grants) {
    }

    @Property(tries = 300)
    void aRetryIsAllowedOnlyWithinTheBudgetOfEveryWindowAndRefusedOnlyWhenItIsSpent(
            @ForAll("settings") BudgetSettings settings, @ForAll @Size(max = 40) List<@From("steps") Step> steps) {
        VirtualTime time = new VirtualTime();
        SlidingWindowBudget budget = new SlidingWindowBudget(settings, time::nanoTime);
        long window = settings.windowNanos();
        long slot = window / SlidingWindowBudget.SLOTS;
        List<Moment> past = new ArrayList<>();
        for (Step step : steps) {
            time.advance(Duration.ofNanos(window / 1_000_000 * step.advance()));
            long now = time.nanoTime();
            long deposits = 0;
            long grants = 0;
            for (int i = 0; i < Math.max(step.deposits(), step.withdrawals()); i++) {
                if (i < step.deposits()) {
                    budget.deposit();
                    deposits++;
                }
                if (i < step.withdrawals()) {
                    if (budget.tryWithdraw()) {
                        grants++;
                        long inWindow = grants + sum(past, now - window, now, Moment::grants);
                        long callsInWindow = deposits + sum(past, now - window, now, Moment::deposits);
                        assertThat(inWindow).as("retries in the window ending at %d ns", now)
                                .isLessThanOrEqualTo(allowed(settings, callsInWindow));
                    } else {
                        long counted = grants + sum(past, now - window - slot, now, Moment::grants);
                        long callsCounted = deposits + sum(past, now - window + slot - 1, now, Moment::deposits)
                                - (SlidingWindowBudget.MAX_SAMPLE - 1);
                        assertThat(counted).as("retries counted at %d ns, when one is refused", now)
                                .isGreaterThanOrEqualTo(allowed(settings, Math.max(0, callsCounted)));
                    }
                }
            }
            past.add(new Moment(now, deposits, grants));
        }
    }

    private static long allowed(BudgetSettings settings, long calls) {
        return (long) (settings.minRetries() + settings.ratio() * calls);
    }

    private interface Count {
        long of(Moment moment);
    }

    /** The sum over the moments in {@code (after, upTo]}. */
    private static long sum(List<Moment> moments, long after, long upTo, Count count) {
        return moments.stream().filter(m -> m.at() > after && m.at() <= upTo).mapToLong(count::of).sum();
    }

    @Provide
    Arbitrary<BudgetSettings> settings() {
        // whole milliseconds: a window that 16 slots divide exactly
        return Combinators.combine(Arbitraries.doubles().between(0, 3), Arbitraries.doubles().between(0, 5),
                        Arbitraries.longs().between(16, 60_000).map(Duration::ofMillis))
                .as(BudgetSettings::new);
    }

    @Provide
    Arbitrary<Step> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 300_000),
                        Arbitraries.integers().between(0, 1_500), Arbitraries.integers().between(0, 100))
                .as(Step::new);
    }
}
