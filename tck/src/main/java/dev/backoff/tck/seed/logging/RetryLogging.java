package dev.backoff.tck.seed.logging;

import dev.backoff.BackoffListener;
import dev.backoff.event.BackoffEvent;
import dev.backoff.event.GiveupEvent;

import java.util.Locale;
import java.util.logging.Logger;

// region example
public class RetryLogging implements BackoffListener {
    private static final Logger LOGGER = Logger.getLogger(RetryLogging.class.getName());

    @Override
    public void onBackoff(BackoffEvent e) {
        LOGGER.warning(String.format(Locale.ROOT, "Backing off %.1fs after %d tries calling %s",
                e.waitTime().toNanos() / 1e9, e.tries(), e.method().getName()));
    }

    @Override
    public void onGiveup(GiveupEvent e) {
        LOGGER.severe(String.format(Locale.ROOT, "Giving up after %d tries and %.1fs",
                e.tries(), e.elapsed().toNanos() / 1e9));
    }
}
// endregion
