package dev.backoff.demo.bank;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Another client of the bank that transfers money the other way at the same moment, on its own connection and
 * transaction: it locks the destination account of the demo's transfer, then the source, and so closes a deadlock.
 */
@ApplicationScoped
public class OppositeTransfers {

    private static final Logger LOG = Logger.getLogger(OppositeTransfers.class.getName());

    @Inject
    AgroalDataSource dataSource;

    private final Map<String, AtomicInteger> collided = new ConcurrentHashMap<>();
    /** By run: its last opposite transfer, which the next attempt waits for. */
    private final Map<String, Collision> last = new ConcurrentHashMap<>();

    /** A running opposite transfer. */
    public static final class Collision {
        private final CountDownLatch holdsTo = new CountDownLatch(1);
        private final CountDownLatch go = new CountDownLatch(1);
        private final CountDownLatch ended = new CountDownLatch(1);

        /**
         * Lets the opposite transfer go on to lock {@code from}, which {@code mine} holds, and waits until it is
         * blocked on it: H2 then lists its session with a blocker.
         */
        void letItWaitFor(Connection mine) throws SQLException {
            go.countDown();
            try {
                for (int i = 0; i < 1000; i++) {
                    try (Statement s = mine.createStatement(); ResultSet r = s.executeQuery(
                            "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL")) {
                        r.next();
                        if (r.getInt(1) > 0) {
                            return;
                        }
                    }
                    Thread.sleep(5); // bounded: at most 1000 polls of 5 ms
                }
                throw new SQLException("the opposite transfer never blocked");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted", e);
            }
        }

        private static void await(CountDownLatch latch) {
            try {
                if (!latch.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the opposite transfer is stuck");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * When this run has collided fewer than {@code collisions} times, starts an opposite transfer and returns once
     * it holds {@code to}; otherwise returns null.
     */
    Collision collideIfDue(String run, int collisions, int from, int to, long amount) {
        // The opposite transfer that deadlocked with the last attempt commits once that attempt has rolled back; the
        // retry may come sooner (a short wait, or none on virtual time in the tests) and would deadlock with it again.
        Collision previous = last.remove(run);
        if (previous != null) {
            Collision.await(previous.ended);
        }
        if (collided.computeIfAbsent(run, r -> new AtomicInteger()).incrementAndGet() > collisions) {
            return null;
        }
        Collision collision = new Collision();
        last.put(run, collision);
        Thread thread = new Thread(() -> transferBack(collision, from, to, amount), "opposite-transfer-" + run);
        thread.setDaemon(true);
        thread.start();
        Collision.await(collision.holdsTo);
        return collision;
    }

    private void transferBack(Collision collision, int from, int to, long amount) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Bank.move(c, to, -amount);
                collision.holdsTo.countDown();
                Collision.await(collision.go);
                Bank.move(c, from, amount); // blocks until the demo's transaction is rolled back
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "the opposite transfer failed", e);
        } finally {
            collision.ended.countDown();
        }
    }
}
