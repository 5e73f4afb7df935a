package dev.backoff.docs.python.resource;

public class ResourceNotFound extends RuntimeException {
    public ResourceNotFound(String id) {
        super("no resource " + id);
    }
}
