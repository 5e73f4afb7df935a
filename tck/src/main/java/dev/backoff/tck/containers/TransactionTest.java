package dev.backoff.tck.containers;

import dev.backoff.Backoff;
import dev.backoff.Jitter;
import dev.backoff.tck.Deploy;
import dev.backoff.tck.Spec;
import dev.backoff.tck.support.LogCapture;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SPEC 7.4: a call made inside a JTA transaction whose failed attempt left the transaction marked rollback-only gives
 * up at once, saying why in its one WARNING line: no retry can succeed in a transaction that can only roll back.
 */
@Spec("7.4")
@Deploy({TransactionTest.Ledger.class, TransactionTest.Registry.class})
class TransactionTest {

    @Inject
    Ledger ledger;

    @Inject
    Registry registry;

    @AfterEach
    void endTheTransaction() {
        registry.end();
    }

    @Test
    void aTransactionLeftRollbackOnlyEndsTheCallWithOneWarning() {
        registry.begin();
        try (LogCapture log = new LogCapture()) {
            assertThatThrownBy(() -> ledger.transfer(true)).hasMessage("deadlock 1");

            assertThat(ledger.attempts()).isEqualTo(1);
            assertThat(log.messages(Level.WARNING)).singleElement().asString()
                    .startsWith("Giving up " + Ledger.class.getName() + ".transfer(...) after 1 try ("
                            + "java.io.IOException: deadlock 1), reason TRANSACTION_ROLLBACK_ONLY: the transaction")
                    .contains("marked rollback-only, so no retry can succeed in it");
        }
    }

    @Test
    void aLiveTransactionIsRetried() {
        registry.begin();

        assertThatThrownBy(() -> ledger.transfer(false)).hasMessage("deadlock 3");
        assertThat(ledger.attempts()).isEqualTo(3);
    }

    @Test
    void withoutATransactionTheCallIsRetried() {
        assertThatThrownBy(() -> ledger.transfer(true)).hasMessage("deadlock 3");
        assertThat(ledger.attempts()).isEqualTo(3);
    }

    @ApplicationScoped
    public static class Ledger {
        private int attempts;

        @Inject
        Registry registry;

        int attempts() {
            return attempts;
        }

        /** Fails as a statement that deadlocked inside the caller's transaction, which may mark it rollback-only. */
        @Backoff(on = IOException.class, maxTries = 3, jitter = Jitter.NONE)
        public void transfer(boolean doomsTheTransaction) throws IOException {
            if (doomsTheTransaction) {
                registry.setRollbackOnly();
            }
            throw new IOException("deadlock " + ++attempts);
        }
    }

    /** The container's transaction registry, as far as the library asks it: one transaction, begun by the test. */
    @ApplicationScoped
    public static class Registry implements TransactionSynchronizationRegistry {
        private volatile Object key;
        private volatile int status = Status.STATUS_NO_TRANSACTION;

        void begin() {
            key = new Object();
            status = Status.STATUS_ACTIVE;
        }

        void end() {
            key = null;
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public Object getTransactionKey() {
            return key;
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
            if (key != null) {
                status = Status.STATUS_MARKED_ROLLBACK;
            }
        }

        @Override
        public boolean getRollbackOnly() {
            return status == Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public void putResource(Object resourceKey, Object value) {
            throw new UnsupportedOperationException("not used by backoff-cdi");
        }

        @Override
        public Object getResource(Object resourceKey) {
            throw new UnsupportedOperationException("not used by backoff-cdi");
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            throw new UnsupportedOperationException("not used by backoff-cdi");
        }
    }
}
