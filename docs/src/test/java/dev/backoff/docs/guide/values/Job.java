package dev.backoff.docs.guide.values;

public record Job(String id, String status) {
}
