package dev.backoff.benchmarks;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * An interceptor that only proceeds, at the same priority as {@code @Backoff}'s: the floor any interceptor pays on
 * this container, against which {@code @Backoff} is measured as a ratio.
 */
@Noop
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class NoopInterceptor {

    @AroundInvoke
    Object proceed(InvocationContext context) throws Exception {
        return context.proceed();
    }
}
