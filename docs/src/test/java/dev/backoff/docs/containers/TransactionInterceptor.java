package dev.backoff.docs.containers;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Begins a transaction around each call, commits it on return and rolls it back on an exception; records all that. */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class TransactionInterceptor {

    static final List<String> LOG = new CopyOnWriteArrayList<>();
    private static int transactions;

    @AroundInvoke
    Object inTransaction(InvocationContext context) throws Exception {
        int tx = ++transactions;
        LOG.add("begin " + tx);
        try {
            Object result = context.proceed();
            LOG.add("commit " + tx);
            return result;
        } catch (Exception e) {
            LOG.add("rollback " + tx);
            throw e;
        }
    }
}
