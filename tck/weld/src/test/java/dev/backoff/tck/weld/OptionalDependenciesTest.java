package dev.backoff.tck.weld;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library's optional dependencies are on the class path of this run exactly when it says so: the run of the
 * suite's slice without them ({@code tck.optional-dependencies=absent}, see the pom) really runs without them, and the
 * runs of the whole suite, which tests what they add, with them.
 */
class OptionalDependenciesTest {

    private static final List<String> OPTIONAL = List.of("io.smallrye.mutiny.Uni",
            "io.micrometer.core.instrument.MeterRegistry", "jakarta.transaction.TransactionSynchronizationRegistry",
            "jakarta.enterprise.concurrent.ManagedScheduledExecutorService", "jakarta.ws.rs.core.Response",
            "io.vertx.core.Vertx", "org.eclipse.microprofile.context.ThreadContext",
            "io.smallrye.context.SmallRyeThreadContext", "io.opentelemetry.api.trace.Span");

    @Test
    void theOptionalDependenciesAreThereExactlyWhenTheRunSaysSo() {
        boolean absent = "absent".equals(System.getProperty("tck.optional-dependencies"));

        assertThat(OPTIONAL).as("loadable").allSatisfy(type -> assertThat(loadable(type)).isEqualTo(!absent));
    }

    private static boolean loadable(String type) {
        try {
            Class.forName(type, false, OptionalDependenciesTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
