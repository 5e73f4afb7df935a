package dev.backoff.internal.cdi;

import dev.backoff.internal.policy.Policy;
import jakarta.enterprise.inject.spi.BeanContainer;

import java.util.function.UnaryOperator;

/** Gives each policy its meters when Micrometer is on the class path; otherwise leaves it counting nothing. */
final class Meters {

    private Meters() {
    }

    static UnaryOperator<Policy> forContainer(BeanContainer container) {
        try {
            Class.forName("io.micrometer.core.instrument.MeterRegistry", false, Meters.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError absent) {
            return UnaryOperator.identity();
        }
        return MicrometerMeter.forContainer(container); // loaded only now that Micrometer is known to be there
    }
}
