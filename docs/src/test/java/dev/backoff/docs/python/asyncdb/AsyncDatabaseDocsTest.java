package dev.backoff.docs.python.asyncdb;

import dev.backoff.spi.VirtualTime;
import dev.backoff.testing.BackoffWeld;
import jakarta.inject.Inject;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

@EnableWeld
class AsyncDatabaseDocsTest {

    @WeldSetup
    WeldInitiator weld = BackoffWeld.of(Queries.class);

    @Inject
    Queries queries;

    @Inject
    VirtualTime time;

    @Test
    void retriesTheQueryUntilItSucceeds() {
        Pool pool = new Pool();
        List<String> rows = List.of("row 1");
        pool.script().thenThrow(2, n -> new PostgresError("deadlock detected")).thenReturn(rows);

        assertThat(queries.queryAsync(pool, "select 1").toCompletableFuture().join()).isSameAs(rows);
        assertThat(time.waits()).hasSize(2);
    }

    @Test
    void givesUpAfterFiveTries() {
        Pool pool = new Pool();
        pool.script().thenAlwaysThrow(n -> new PostgresError("deadlock " + n));

        CompletableFuture<List<String>> result = queries.queryAsync(pool, "select 1").toCompletableFuture();

        assertThat(result.handle((value, error) -> error).join()).isSameAs(pool.script().outcome(5));
    }
}
