package dev.backoff.internal.cdi;

import dev.backoff.internal.OptionalApi;
import dev.backoff.internal.engine.Traces;
import jakarta.enterprise.inject.Vetoed;
import jakarta.enterprise.inject.spi.BeanContainer;

/** Where calls record their traces: OpenTelemetry when its API is on the class path; otherwise nowhere (SPEC 4.4). */
@Vetoed
final class Tracings {

    private Tracings() {
    }

    static Traces forContainer(BeanContainer container) {
        if (!OptionalApi.present("io.opentelemetry.api.trace.Span")) {
            return Traces.NONE;
        }
        return OpenTelemetryTracing.forContainer(container); // loaded only now that the API is known to be there
    }
}
