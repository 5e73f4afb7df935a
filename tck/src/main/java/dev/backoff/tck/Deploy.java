package dev.backoff.tck;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The beans a TCK test class runs against: before each test a container of these classes starts, with
 * {@link TckVirtualTime} as clock and scheduler, and the test's {@code @Inject} fields are set from it; it stops after
 * the test. Config set with {@link TckConfig} before the container starts (in a {@code static} block or by another
 * test's cleanup) is seen; a test that needs its own config starts its container with {@link Tck#start}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Deploy {

    /** The bean classes, as a test would add them to an SE container with discovery off. */
    Class<?>[] value();
}
