package dev.backoff.internal.policy;

/** The class loader that sees the application's classes, as containers set it while they start one. */
public final class ApplicationClassLoader {

    private ApplicationClassLoader() {
    }

    /** The thread's context class loader, or, where a container sets none, the one that loaded {@code fallback}. */
    public static ClassLoader of(Class<?> fallback) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : fallback.getClassLoader();
    }
}
