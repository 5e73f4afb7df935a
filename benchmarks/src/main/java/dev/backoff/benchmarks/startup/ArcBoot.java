package dev.backoff.benchmarks.startup;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;

/**
 * A child JVM of {@link StartupRun}: the runtime start of an application that {@link ArcBuildStep} built (its
 * generated classes are on the class path), as a Quarkus application starts ArC: {@code Arc.initialize()}, then the
 * {@code Startup} event (Quarkus fires its {@code StartupEvent}, a subclass). Times both, then calls the probe.
 */
public final class ArcBoot {

    private ArcBoot() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        Report.Timer timer = new Report.Timer();
        ArcContainer container = Arc.initialize();
        try {
            container.beanManager().getEvent().fire(new Startup());
            timer.stop();
            timer.report(Report.probe(type -> container.instance(type).get())).print();
        } finally {
            container.beanManager().getEvent().fire(new Shutdown());
            Arc.shutdown();
        }
    }
}
