package dev.backoff.tck.seed.queue;

/** A message of the queue. */
public record Message(String body) {
}
