package dev.backoff.docs.python.queue;

public record Message(String body) {
}
