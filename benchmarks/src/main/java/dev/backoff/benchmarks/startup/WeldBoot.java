package dev.backoff.benchmarks.startup;

import jakarta.enterprise.inject.se.SeContainer;
import jakarta.enterprise.inject.se.SeContainerInitializer;

/**
 * A child JVM of {@link StartupRun}: starts the application on its class path as an application's {@code main}
 * does, with CDI SE's {@code SeContainerInitializer} (Weld SE, discovery on: it scans the bean archives, and loads
 * the extensions of the jars' {@code META-INF/services}), timing that call; then calls the probe.
 */
public final class WeldBoot {

    private WeldBoot() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        Report.Timer timer = new Report.Timer();
        try (SeContainer container = SeContainerInitializer.newInstance().initialize()) {
            timer.stop();
            timer.report(Report.probe(type -> container.select(type).get())).print();
        }
    }
}
