package dev.backoff.internal;

import jakarta.enterprise.inject.Vetoed;

/**
 * The check that guards each optional API the library can use (Micrometer, JTA, Jakarta REST, OpenTelemetry, Vert.x,
 * MicroProfile Context Propagation, the Weld and ArC APIs): a class naming the API is loaded only after it says yes.
 */
@Vetoed
public final class OptionalApi {

    private OptionalApi() {
    }

    /** Whether {@code className} is on the library's class path. */
    public static boolean present(String className) {
        try {
            Class.forName(className, false, OptionalApi.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }
}
