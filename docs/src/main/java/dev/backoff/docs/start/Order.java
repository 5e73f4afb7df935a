package dev.backoff.docs.start;

/** An order, as the order service returns it. */
public record Order(String id, String status) {
}
