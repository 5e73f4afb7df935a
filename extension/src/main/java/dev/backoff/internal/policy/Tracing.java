package dev.backoff.internal.policy;

/**
 * What a policy's calls record in OpenTelemetry traces (SPEC 4.4, 4.5), set by the config-only key {@code tracing}.
 * Only where the OpenTelemetry API is on the class path; without it nothing is recorded, whatever the key says.
 */
public enum Tracing {
    /** Events on the span current when the call started, when it is recording: retries, give-ups, late successes. */
    EVENTS,
    /** A span per call of a layer, a child span per attempt, those events on the call's span. */
    SPANS,
    /** Nothing. */
    OFF
}
