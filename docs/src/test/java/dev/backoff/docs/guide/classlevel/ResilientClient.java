package dev.backoff.docs.guide.classlevel;

import dev.backoff.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;

import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

// region example
@Stereotype
@ApplicationScoped
@Backoff(on = IOException.class, maxTries = 3)
@Retention(RUNTIME)
@Target(TYPE)
public @interface ResilientClient {
}
// endregion
