package dev.backoff.docs.containers;

import dev.backoff.Backoff;
import dev.backoff.tck.seed.fakes.Work;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.SQLTransactionRollbackException;

// region example
@ApplicationScoped
public class Ledger {

    @Inject
    Work work;

    @Backoff(on = SQLTransactionRollbackException.class, maxTries = 3)
    @Transactional
    public void transfer(String from, String to, long cents) throws Exception {
        work.run(); // the updates of one transfer; a deadlock throws SQLTransactionRollbackException
    }
}
// endregion
