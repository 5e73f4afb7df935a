package dev.backoff.demo.timeline;

/**
 * An argument that puts a call's events on a lane of their own on the timeline, for several calls of one method in
 * the same run (Python's "Multiple Async Tasks with Individual Retries").
 */
public record Lane(String name) {

    @Override
    public String toString() {
        return name;
    }
}
