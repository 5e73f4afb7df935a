package dev.backoff.internal.cdi;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Singleton;

/**
 * On CDI Lite, resolves every policy when the application starts (so a bad config value fails the start, not the
 * first call), and cancels pending asynchronous retries when it stops (SPEC 3.4). Registered by
 * {@link BackoffLiteExtension} only; the portable extension does both itself.
 */
@Singleton
public class LiteLifecycle {

    void start(@Observes Startup startup, Sites sites) {
        sites.notifier(); // resolved by now: creating Sites read and checked every policy
    }

    void stop(@Observes Shutdown shutdown, Sites sites) {
        sites.pending().close();
    }
}
