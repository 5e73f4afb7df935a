package dev.backoff.tck.seed.resource;

public class ResourceNotFound extends RuntimeException {
    public ResourceNotFound(String id) {
        super("no resource " + id);
    }
}
