package dev.backoff.docs.python.resource;

/** A resource being provisioned. */
public record Resource(String id, boolean isReady) {
}
