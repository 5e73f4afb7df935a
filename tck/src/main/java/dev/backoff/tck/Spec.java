package dev.backoff.tck;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The docs/spec.md rules a TCK test checks, such as {@code "2.4"}, or the seed example it reproduces, such as
 * {@code "seed: S3 throttling"}. Every TCK class carries one; a method's own replaces it. The rules open the test's
 * display name ("2.4 gives up before max tries"), which is what the runners' reports and
 * {@code docs/compatibility.md} are made from.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(TckExtension.class)
@DisplayNameGeneration(SpecNames.class)
public @interface Spec {

    /** Rule numbers of docs/spec.md ("2.4", "6") or {@code "seed: <example>"}. */
    String[] value();
}
