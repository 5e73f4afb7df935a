package dev.backoff.tck.seed.customgiveup;

import dev.backoff.BackoffListener;
import dev.backoff.event.GiveupEvent;

// region example
public class RaiseCustomError implements BackoffListener {
    @Override
    public void onGiveup(GiveupEvent details) {
        throw new RetryExhaustedError("Failed after " + details.tries() + " attempts");
    }
}
// endregion
