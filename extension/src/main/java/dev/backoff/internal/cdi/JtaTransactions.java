package dev.backoff.internal.cdi;

import dev.backoff.internal.OptionalApi;
import dev.backoff.internal.engine.Transactions;
import jakarta.enterprise.inject.spi.BeanContainer;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * SPEC 7.4: the caller's JTA transaction, through the container's {@link TransactionSynchronizationRegistry} (a CDI
 * bean, as on Quarkus, or at its standard JNDI name, as on Jakarta EE servers). Loaded only where the JTA API is.
 */
final class JtaTransactions implements Transactions {

    private static final String REGISTRY = "jakarta.transaction.TransactionSynchronizationRegistry";
    private static final String REGISTRY_JNDI = "java:comp/TransactionSynchronizationRegistry";

    private final TransactionSynchronizationRegistry registry;

    private JtaTransactions(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    /** The transactions of this container, or {@link Transactions#NONE} where it has no JTA. */
    static Transactions forContainer(BeanContainer beans) {
        if (!OptionalApi.present(REGISTRY)) {
            return Transactions.NONE;
        }
        TransactionSynchronizationRegistry registry = registry(beans);
        return registry == null ? Transactions.NONE : new JtaTransactions(registry);
    }

    @Override
    public boolean rollbackOnly() {
        return registry.getTransactionKey() != null && registry.getTransactionStatus() == Status.STATUS_MARKED_ROLLBACK;
    }

    private static TransactionSynchronizationRegistry registry(BeanContainer beans) {
        TransactionSynchronizationRegistry bean = BeanLookup.find(beans, TransactionSynchronizationRegistry.class);
        if (bean != null) {
            return bean;
        }
        try {
            return (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY_JNDI);
        } catch (NamingException | RuntimeException | LinkageError notThere) {
            Logger.getLogger("dev.backoff").log(Level.FINE, "No " + REGISTRY_JNDI + ": no JTA transactions", notThere);
            return null;
        }
    }
}
