package dev.backoff.docs.containers;

import dev.backoff.tck.seed.fakes.Work;
import dev.backoff.docs.BackoffWeld;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

import java.sql.SQLTransactionRollbackException;

import static org.assertj.core.api.Assertions.assertThat;

@EnableWeld
class InterceptorOrderDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(Ledger.class, TransactionInterceptor.class, Work.class);

    @Inject
    Ledger ledger;

    @Inject
    Work work;

    @Test
    void everyTryRunsInATransactionOfItsOwn() throws Exception {
        TransactionInterceptor.LOG.clear();
        work.script().thenThrow(2, n -> new SQLTransactionRollbackException("deadlock detected", "40P01"))
                .thenReturn(null);

        ledger.transfer("a", "b", 100);

        assertThat(TransactionInterceptor.LOG).extracting(line -> line.split(" ")[0])
                .containsExactly("begin", "rollback", "begin", "rollback", "begin", "commit");
        assertThat(TransactionInterceptor.LOG.stream().filter(line -> line.startsWith("begin")).distinct()).hasSize(3);
    }
}
