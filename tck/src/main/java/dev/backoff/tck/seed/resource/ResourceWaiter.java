package dev.backoff.tck.seed.resource;

import dev.backoff.Backoff;
import dev.backoff.Falsy;
import dev.backoff.Wait;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

// region example
@ApplicationScoped
public class ResourceWaiter {

    @Inject
    Resources resources;

    @Backoff(retryIf = Falsy.class, strategy = Wait.FIBO, maxValue = 30, maxTime = 300)
    public Optional<Resource> waitForResource(String resourceId) {
        try {
            Resource resource = resources.getResource(resourceId);
            return resource.isReady() ? Optional.of(resource) : Optional.empty();
        } catch (ResourceNotFound e) {
            return Optional.empty();
        }
    }
}
// endregion
