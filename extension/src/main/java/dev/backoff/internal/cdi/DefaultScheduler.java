package dev.backoff.internal.cdi;

import dev.backoff.spi.BackoffScheduler;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.spi.BeanContainer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The default {@link BackoffScheduler}. Where the container offers a Jakarta Concurrency
 * {@code ManagedScheduledExecutorService} (as a CDI bean, or at its default JNDI name), waits and attempts run on it.
 * Otherwise one timer thread per container, started at the first wait, times the waits and hands each attempt to
 * the common fork-join pool, so that user code never runs on the timer. Closing the container stops the timer. A
 * call that starts on a Vert.x context waits on Vert.x timers instead (SPEC 3.8, {@link VertxContext}), which only
 * this scheduler lets it do.
 */
@Singleton
public class DefaultScheduler implements BackoffScheduler {

    static final String TIMER_THREAD = "backoff-cdi timer";
    private static final String MANAGED = "jakarta.enterprise.concurrent.ManagedScheduledExecutorService";
    private static final String MANAGED_JNDI = "java:comp/DefaultManagedScheduledExecutorService";

    private final ScheduledExecutorService managed;
    private final Executor attempts = ForkJoinPool.commonPool();
    private ScheduledThreadPoolExecutor timer;
    private boolean closed;

    @Inject
    public DefaultScheduler(BeanContainer beans) {
        this.managed = managedExecutor(beans);
    }

    @Override
    public Future<?> schedule(Runnable task, Duration wait) {
        long nanos = wait.toNanos();
        if (managed != null) {
            return managed.schedule(task, nanos, TimeUnit.NANOSECONDS);
        }
        return timer().schedule(() -> attempts.execute(task), nanos, TimeUnit.NANOSECONDS);
    }

    private synchronized ScheduledThreadPoolExecutor timer() {
        if (closed) {
            throw new IllegalStateException("backoff-cdi: the container is shutting down, no retry can be scheduled");
        }
        if (timer == null) {
            timer = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, TIMER_THREAD);
                thread.setDaemon(true);
                return thread;
            });
            timer.setRemoveOnCancelPolicy(true);
        }
        return timer;
    }

    /** Stops the timer thread, dropping the waits still pending: their calls are cancelled by the extension. */
    @PreDestroy
    synchronized void close() {
        closed = true;
        if (timer != null) {
            timer.shutdownNow();
            try {
                if (!timer.awaitTermination(5, TimeUnit.SECONDS)) {
                    Logger.getLogger("dev.backoff").warning("The backoff-cdi timer thread did not stop within 5s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Looked up through the {@link BeanContainer}, not an {@code Instance<Object>} injection point: on Quarkus such a
     * point would keep every unused bean of the application from being removed.
     */
    private static ScheduledExecutorService managedExecutor(BeanContainer beans) {
        Class<?> type;
        try {
            type = Class.forName(MANAGED, false, DefaultScheduler.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError absent) {
            return null; // no Jakarta Concurrency here
        }
        Object bean = BeanLookup.find(beans, type);
        if (bean != null) {
            return (ScheduledExecutorService) bean;
        }
        try {
            return (ScheduledExecutorService) new InitialContext().lookup(MANAGED_JNDI);
        } catch (NamingException | RuntimeException | LinkageError notThere) {
            Logger.getLogger("dev.backoff").log(Level.FINE, "No " + MANAGED_JNDI + "; using a timer thread", notThere);
            return null;
        }
    }
}
