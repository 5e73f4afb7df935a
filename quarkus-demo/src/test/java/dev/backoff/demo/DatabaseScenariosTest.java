package dev.backoff.demo;

import dev.backoff.demo.bank.Bank;
import dev.backoff.demo.timeline.Timeline;
import dev.backoff.demo.timeline.Timelines;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static dev.backoff.demo.Runs.assertFullJitterExpo;
import static dev.backoff.demo.Runs.assertLane;
import static dev.backoff.demo.Runs.run;
import static dev.backoff.demo.Runs.waits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seed's database examples on H2: a real deadlock retried in a fresh transaction, connection and async query. */
@QuarkusTest
@TestProfile(VirtualTimeProfile.class)
class DatabaseScenariosTest {

    @Inject
    Bank bank;

    @Inject
    Timelines timelines;

    @Test
    void deadlockedTransferIsRetriedInAFreshTransaction() throws SQLException {
        long total = bank.balance(1) + bank.balance(2);
        Timeline.View view = run("deadlock", 2);
        assertThat(view.outcome()).as("the run %s", view).isEqualTo("success");
        assertLane(view, "transfer", 3, "success");
        assertThat(Runs.lane(view, "transfer").subList(0, 2)).allSatisfy(m -> assertThat(m.detail())
                .contains("JdbcSQLTransactionRollbackException", "Deadlock detected"));
        assertFullJitterExpo(waits(view, "transfer"), 50, 2);
        // every transaction either committed whole or rolled back whole: no money made or lost
        assertThat(bank.balance(1) + bank.balance(2)).isEqualTo(total);
    }

    @Test
    void deadlockedTransferGivesUpAfterThreeTries() throws SQLException {
        long total = bank.balance(1) + bank.balance(2);
        Timeline.View view = run("deadlock", 3);
        assertThat(view.outcome()).isEqualTo("gave up");
        assertThat(view.result()).contains("Deadlock detected");
        assertLane(view, "transfer", 3, "giveup");
        assertThat(bank.balance(1) + bank.balance(2)).isEqualTo(total);
    }

    @Test
    void anErrorThatIsNotADeadlockGivesUpAtOnce() throws SQLException {
        long before = bank.balance(1);
        Timeline timeline = timelines.start("deadlock");
        assertThatThrownBy(() -> bank.transfer(timeline.run(), 1, 99, 10, 0))
                .isInstanceOf(SQLException.class).hasMessageContaining("no account 99");
        Timeline.View view = timeline.view();
        assertLane(view, "transfer", 1, "giveup");
        assertThat(bank.balance(1)).as("the debit was rolled back").isEqualTo(before);
    }

    @Test
    void connectionRetryWaitsForTheDatabaseToStart() {
        Timeline.View view = run("db-connect", 3);
        assertThat(view.outcome()).isEqualTo("success");
        assertThat(view.result()).contains("connected to jdbc:h2:mem:warehouse");
        assertLane(view, "connect", 3, "success");
        assertThat(view.marks().get(0).detail()).contains("not found");
        assertFullJitterExpo(waits(view, "connect"), 100, 2);
    }

    @Test
    void connectionRetryGivesUpAfterFiveTries() {
        Timeline.View view = run("db-connect", 9);
        assertThat(view.outcome()).isEqualTo("gave up");
        assertThat(view.result()).contains("not found");
        assertLane(view, "connect", 5, "giveup");
    }

    @Test
    void asyncQueryIsRetriedByResubscription() {
        Timeline.View view = run("async-db", 3);
        assertThat(view.outcome()).isEqualTo("success");
        assertThat(view.result()).contains("alice: ", "bob: ");
        assertLane(view, "query-async", 3, "success");
        assertThat(view.marks().get(0).detail()).contains("Table", "not found");
        assertFullJitterExpo(waits(view, "query-async"), 100, 2);
    }

    @Test
    void asyncQueryGivesUpAfterFiveTries() {
        Timeline.View view = run("async-db", 9);
        assertThat(view.outcome()).isEqualTo("gave up");
        assertLane(view, "query-async", 5, "giveup");
    }
}
