package dev.backoff.internal.cdi;

import dev.backoff.internal.OptionalApi;
import dev.backoff.internal.policy.Policy;
import dev.backoff.internal.policy.PolicyMeter;
import jakarta.enterprise.inject.Vetoed;
import jakarta.enterprise.inject.spi.BeanContainer;

import java.util.function.Function;

/** The meters of each policy when Micrometer is on the class path; otherwise policies count nothing. */
@Vetoed
final class Meters {

    private Meters() {
    }

    /** The meter of each policy, made from what metrics tag it with: its name and its budget's. */
    static Function<Policy.Builder, PolicyMeter> forContainer(BeanContainer container) {
        if (!OptionalApi.present("io.micrometer.core.instrument.MeterRegistry")) {
            return policy -> PolicyMeter.NONE;
        }
        return MicrometerMeter.forContainer(container); // loaded only now that Micrometer is known to be there
    }
}
