package dev.backoff.internal.policy;

import dev.backoff.event.GiveupReason;

/**
 * What one policy counts: made once at startup (Micrometer meters where Micrometer is present), so that counting
 * looks nothing up on the call path.
 */
public interface PolicyMeter {

    /** Counts nothing: no Micrometer, or before startup has made the meters. */
    PolicyMeter NONE = new PolicyMeter() {
        @Override
        public void succeeded(int tries) {
        }

        @Override
        public void gaveUp(GiveupReason reason) {
        }

        @Override
        public void retried(long waitNanos) {
        }
    };

    /** A call succeeded on try {@code tries} (1: without retry). */
    void succeeded(int tries);

    /** A call gave up, for {@code reason}. */
    void gaveUp(GiveupReason reason);

    /** A call waits {@code waitNanos} before its next try. */
    void retried(long waitNanos);
}
