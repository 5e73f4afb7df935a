package dev.backoff.benchmarks;

import dev.backoff.internal.cdi.BackoffExtension;
import io.smallrye.config.inject.ConfigExtension;
import io.smallrye.faulttolerance.FaultToleranceExtension;
import io.smallrye.faulttolerance.metrics.MetricsIntegration;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One Weld SE container with both retry extensions, {@code @Backoff}'s and SmallRye Fault Tolerance's (with SmallRye
 * Config's, which it needs for {@code @ConfigProperty}), and the services. Discovery is off (a shaded jar has one merged {@code beans.xml} at most), so the extensions and beans are
 * added by hand.
 */
public final class Cdi implements AutoCloseable {

    static {
        quiet();
    }

    private final WeldContainer container;
    public final PlainService plain;
    public final NoopService noop;
    public final BackoffService backoff;
    public final RetryService retry;
    public final DependentBeans.NoopEcho dependentNoop;
    public final DependentBeans.BackoffEcho dependentBackoff;
    public final BudgetedService budgeted;

    private Cdi(WeldContainer container) {
        this.container = container;
        this.plain = container.select(PlainService.class).get();
        this.noop = container.select(NoopService.class).get();
        this.backoff = container.select(BackoffService.class).get();
        this.retry = container.select(RetryService.class).get();
        this.dependentNoop = container.select(DependentBeans.NoopEcho.class).get();
        this.dependentBackoff = container.select(DependentBeans.BackoffEcho.class).get();
        this.budgeted = container.select(BudgetedService.class).get();
    }

    /** Starts the container of the benchmarks. */
    public static Cdi start() {
        return new Cdi(weld(PlainService.class, NoopService.class, NoopInterceptor.class, BackoffService.class,
                RetryService.class, DependentBeans.NoopEcho.class, DependentBeans.BackoffEcho.class,
                BudgetedService.class).initialize());
    }

    /** A Weld SE builder with both extensions and {@code beanClasses}, its own id, and no shutdown hook. */
    public static Weld weld(Class<?>... beanClasses) {
        return new Weld(UUID.randomUUID().toString())
                .disableDiscovery()
                .property(Weld.SHUTDOWN_HOOK_SYSTEM_PROPERTY, false)
                .addExtension(new BackoffExtension())
                // no metrics, as before the OpenTelemetry API joined this class path (TracedSuccess): SmallRye FT would
                // record OpenTelemetry metrics then, and fail for want of a Meter bean
                .addExtension(new FaultToleranceExtension(MetricsIntegration.NOOP))
                .addExtension(new ConfigExtension())
                .addBeanClasses(beanClasses);
    }

    /** Weld, SmallRye and the retry log at WARNING: the benchmarks' output stays readable, and no INFO line is built. */
    public static void quiet() {
        Logger.getLogger("").setLevel(Level.WARNING);
    }

    @Override
    public void close() {
        container.close();
    }
}
