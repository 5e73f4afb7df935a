package dev.backoff.tck.seed.resource;

/** A resource being provisioned. */
public record Resource(String id, boolean isReady) {
}
